// lodestar_extractgen: writes a synthetic daily CID extract, cases.csv and reporting.csv, as
// /work/shared/CID-EXTRACT.md describes it, for bench/import.sh and for trying the importer.
//
//   lodestar_extractgen --out DIR [--seed N] [--cases N] [--events N] [--changed-percent P]
//                       [--rectangular]
//
// The defaults are the size of a real extract: 144,821 case rows (about 22 MB) over about
// 100,000 people and 862,673 reporting events (about 48 MB). The same seed and sizes give
// byte-identical files on every machine: the randomness is splitmix64 mapped to ranges here,
// never a standard library distribution, and nothing depends on hash order or the locale.
//
// The awkward things the contract allows are all there: a byte-order mark on cases.csv, CRLF
// line ends in reporting.csv, both headers in a shuffled column order with a name or two in
// another case or padded with spaces, an extra unknown column in cases.csv (cid_version),
// quoted fields holding commas, doubled quotes and line breaks, names in accented Latin,
// Arabic, Persian and Cyrillic script, formula-looking text, and a few people whose rows
// disagree on their details. About 0.1% of the rows of each file break the contract and must be
// rejected (bad date, unknown code, wrong number of fields, a repeated case_ref; a bad date-time,
// an unknown outcome, a wrong number of fields, an unknown person, a repeated event_ref); the
// program prints how many it planted.
//
// --changed-percent P writes the same extract as the day after: P% of the case rows changed
// (a new owner, custody, status, a new case, a case gone) and P% of the reporting events (an
// outcome recorded, a new event). --rectangular leaves out the rows with a wrong number of
// fields, for PostgreSQL's COPY, which refuses a whole file for one such row.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <initializer_list>
#include <tuple>
#include <utility>
#include <vector>

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

// splitmix64 (Steele, Lea and Flood): small, fast, and the same sequence everywhere.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n), n > 0, without modulo bias.
    quint64 below(quint64 n)
    {
        const quint64 reject = (0 - n) % n; // 2^64 mod n: the incomplete last block
        quint64 r = next();
        while (r < reject)
            r = next();
        return r % n;
    }
    int between(int lo, int hi) { return lo + int(below(quint64(hi - lo) + 1)); }
    bool permille(int p) { return int(below(1000)) < p; }
    template <typename T> const T &pick(const std::vector<T> &v) { return v[below(v.size())]; }

private:
    quint64 m_state;
};

// Values with integer weights: a pick is proportional to the weight.
class Table
{
public:
    Table(std::initializer_list<std::pair<const char *, int>> entries)
    {
        for (const auto &[value, weight] : entries) {
            m_total += weight;
            m_values.push_back(QByteArray(value));
            m_cumulative.push_back(m_total);
        }
    }
    const QByteArray &pick(Rng &rng) const
    {
        const int r = int(rng.below(quint64(m_total)));
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r);
        return m_values[size_t(it - m_cumulative.begin())];
    }
    const std::vector<QByteArray> &values() const { return m_values; }

private:
    std::vector<QByteArray> m_values;
    std::vector<int> m_cumulative;
    int m_total = 0;
};

std::vector<QByteArray> split(const char *pipeSeparated)
{
    std::vector<QByteArray> v;
    for (const QByteArray &s : QByteArray(pipeSeparated).split('|'))
        v.push_back(s);
    return v;
}

struct Names
{
    std::vector<QByteArray> family, male, female;
};

// Where people come from: nationality, weight, names in Latin script and, for some, in their
// own script (that share of records is written in it, as CID holds them).
struct Origin
{
    QByteArray nationality;
    int weight;
    Names latin;
    Names native;
    int nativePermille;
    bool quotedNicknames; // "Andre "Dre"" in given names now and then
};

Names names(const char *family, const char *male, const char *female)
{
    return {split(family), split(male), split(female)};
}

std::vector<Origin> origins()
{
    // clang-format off
    return {
        {"JAM", 100, names("Brown|Campbell|Williams|Thompson|Clarke|Francis|Grant|McKenzie|Reid|Morgan|O'Connor|Lewis",
                           "Andre|Dwayne|Kemar|Rohan|Omar|Delroy|Marlon|Leroy|Damion|Oneil",
                           "Shanice|Kerry-Ann|Tanisha|Simone|Natalie"), {}, 0, true},
        {"POL", 90, names("Kowalski|Wiśniewski|Wójcik|Kamiński|Lewandowski|Zieliński|Szymański|Dąbrowski|Kozłowski|Jankowski|Mazur|Krawczyk",
                          "Łukasz|Paweł|Michał|Tomasz|Krzysztof|Piotr|Marcin|Grzegorz|Wojciech",
                          "Agnieszka|Małgorzata|Katarzyna|Zofia|Joanna"), {}, 0, false},
        {"ROU", 80, names("Popescu|Ionescu|Dumitrescu|Stănescu|Constantin|Lungu|Moldovan|Ștefănescu|Munteanu|Țurcanu",
                          "Andrei|Mihai|Ionuț|Alexandru|Bogdan|Florin|Cătălin|Răzvan",
                          "Ioana|Elena|Mădălina|Andreea"), {}, 0, false},
        {"ALB", 80, names("Hoxha|Krasniqi|Gashi|Berisha|Shehu|Dervishi|Çela|Leka|Kola|Dushku",
                          "Arben|Besnik|Dritan|Ermal|Gëzim|Klodian|Ilir|Erion|Ardit",
                          "Elira|Drita|Anjeza"), {}, 0, false},
        {"NGA", 60, names("Okafor|Adeyemi|Olawale|Eze|Chukwu|Ogunleye|Bello|Nwosu|Adebayo|Okonkwo",
                          "Chinedu|Emeka|Oluwaseun|Tunde|Ibrahim|Segun|Chukwuemeka|Obinna",
                          "Ngozi|Adaeze|Funmilayo|Chioma"), {}, 0, true},
        {"PAK", 60, names("Khan|Ahmed|Hussain|Malik|Iqbal|Butt|Qureshi|Raza|Chaudhry|Akhtar",
                          "Muhammad|Imran|Bilal|Usman|Asif|Zeeshan|Tariq|Kamran",
                          "Ayesha|Saima|Nadia"), {}, 0, false},
        {"IND", 40, names("Singh|Patel|Sharma|Kumar|Gill|Sandhu|Reddy|Nair",
                          "Gurpreet|Rajesh|Amit|Harjit|Sukhwinder|Vikram",
                          "Priya|Simran|Manpreet"), {}, 0, false},
        {"IRQ", 60, names("Al-Hassan|Al-Jubouri|Hamid|Kareem|Mahmoud|Al-Obaidi|Saleh|Rashid",
                          "Ahmed|Ali|Hussein|Omar|Mustafa|Karwan|Hawre",
                          "Fatima|Zainab|Shilan"),
                    names("الحسن|الجبوري|حميد|كريم|محمود|العبيدي|صالح|رشيد",
                          "أحمد|علي|حسين|عمر|مصطفى|كاروان",
                          "فاطمة|زينب|شيلان"), 400, false},
        {"SYR", 40, names("Al-Ahmad|Haddad|Khoury|Al-Masri|Darwish|Al-Halabi",
                          "Mohammed|Khaled|Youssef|Samer|Bashar",
                          "Reem|Lina|Rasha"),
                    names("الأحمد|حداد|خوري|المصري|درويش|الحلبي",
                          "محمد|خالد|يوسف|سامر|بشار",
                          "ريم|لينا|رشا"), 400, false},
        {"IRN", 50, names("Hosseini|Mohammadi|Rezaei|Karimi|Ahmadi|Jafari|Moradi",
                          "Reza|Ali|Mehdi|Hossein|Amir|Saeed",
                          "Maryam|Zahra|Fatemeh"),
                    names("حسینی|محمدی|رضایی|کریمی|احمدی|جعفری|مرادی",
                          "رضا|علی|مهدی|حسین|امیر|سعید",
                          "مریم|زهرا|فاطمه"), 300, false},
        {"AFG", 50, names("Ahmadzai|Popal|Stanikzai|Noori|Rahimi|Sultani|Wardak",
                          "Abdul|Farid|Jawad|Naveed|Hamidullah|Ahmad Shah",
                          "Freshta|Mariam"), {}, 0, false},
        {"SOM", 40, names("Mohamed|Abdi|Hassan|Warsame|Farah|Ali|Nur|Egal",
                          "Abdirahman|Mohamed|Yusuf|Abdullahi|Mahad",
                          "Hodan|Amina|Fadumo"), {}, 0, false},
        {"ERI", 30, names("Tesfaye|Ghebremedhin|Haile|Tekle|Berhane|Kidane|Woldu",
                          "Yonas|Dawit|Samuel|Filmon|Merhawi",
                          "Selam|Helen|Senait"), {}, 0, false},
        {"LTU", 40, names("Kazlauskas|Jankauskas|Petrauskas|Žukauskas|Šimkus|Butkus|Vasiliauskas",
                          "Mantas|Tomas|Žydrūnas|Darius|Giedrius|Šarūnas",
                          "Rūta|Eglė|Aušra"), {}, 0, false},
        {"RUS", 25, names("Ivanov|Smirnov|Kuznetsov|Popov|Sokolov|Volkov",
                          "Aleksei|Dmitri|Sergei|Ivan|Nikolai",
                          "Olga|Natalya|Svetlana"),
                    names("Иванов|Смирнов|Кузнецов|Попов|Соколов|Волков",
                          "Алексей|Дмитрий|Сергей|Иван|Николай",
                          "Ольга|Наталья|Светлана"), 500, false},
        {"UKR", 25, names("Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Melnyk",
                          "Oleksandr|Andriy|Yuriy|Vasyl|Bohdan",
                          "Oksana|Iryna|Halyna"),
                    names("Шевченко|Коваленко|Бондаренко|Ткаченко|Кравченко|Мельник",
                          "Олександр|Андрій|Юрій|Василь|Богдан",
                          "Оксана|Ірина|Галина"), 500, false},
        {"BGR", 20, names("Petrov|Georgiev|Dimitrov|Nikolov|Stoyanov",
                          "Georgi|Ivan|Stoyan|Plamen|Hristo",
                          "Maria|Desislava"),
                    names("Петров|Георгиев|Димитров|Николов|Стоянов",
                          "Георги|Иван|Стоян|Пламен|Христо",
                          "Мария|Десислава"), 400, false},
        {"VNM", 40, names("Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ|Đặng|Bùi",
                          "Văn Minh|Đức Anh|Quốc Huy|Thanh Tùng|Văn Hùng|Minh Đức",
                          "Thị Lan|Thu Hương|Thị Mai"), {}, 0, false},
        {"PRT", 25, names("Gonçalves|Conceição|Magalhães|Simões|Araújo|Rodrigues|Fernandes",
                          "João|José|Sérgio|Luís|António",
                          "Ana|Inês|Conceição"), {}, 0, false},
        {"TUR", 30, names("Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Doğan",
                          "Mehmet|Ömer|Hüseyin|İbrahim|Mustafa|Uğur",
                          "Ayşe|Gülşen|Emine"), {}, 0, false},
        {"CZE", 10, names("Novák|Svoboda|Dvořák|Černý|Procházka|Kučera",
                          "Jiří|Petr|Tomáš|Lukáš|Radek",
                          "Jana|Lucie"), {}, 0, false},
        {"GHA", 20, names("Mensah|Owusu|Boateng|Asante|Appiah|Osei",
                          "Kwame|Kofi|Kwabena|Yaw|Kojo",
                          "Ama|Akosua|Efua"), {}, 0, true},
        {"ZWE", 15, names("Moyo|Ncube|Sibanda|Dube|Mpofu|Chikwanha",
                          "Tendai|Tafadzwa|Blessing|Farai",
                          "Rutendo|Chipo"), {}, 0, false},
    };
    // clang-format on
}

const Table units{
    {"CC Liverpool", 280}, {"CC Leeds", 240}, {"CC Croydon", 290}, {"UKVI Complex Casework", 30},
    {"Border Force", 10},  {"NO UNIT", 25},   {"NOT IN USE", 10},  {"LIT North West", 20},
    {"lit Midlands", 10},  {"", 45}};

const Table offences{{"Supplying Class A drugs", 120},
                     {"Robbery", 100},
                     {"Wounding with intent (GBH)", 60},
                     {"Burglary, dwelling", 50},
                     {"Burglary", 40},
                     {"Assault (ABH)", 70},
                     {"Rape", 25},
                     {"Murder", 8},
                     {"Manslaughter", 6},
                     {"Death by dangerous driving", 10},
                     {"Fraud", 40},
                     {"False identity documents", 45},
                     {"Conspiracy to supply cocaine, heroin and cannabis", 20},
                     {"Sexual assault", 20},
                     {"Theft", 50},
                     {"Kidnapping", 8},
                     {"Money laundering (POCA 2002, s.327)", 15},
                     {"Firearm with intent to endanger life", 8},
                     {"Coercive control", 20},
                     {"Modern slavery", 5},
                     {"Offensive weapon", 40},
                     {"Supplying \"spice\" in prison", 8},
                     {"Breach of a sexual harm prevention order (\"SHPO\")", 8},
                     {"Robbery\nAlso: breach of a suspended sentence order", 4},
                     {"Assault on an emergency worker\n(two counts)", 3},
                     {"Cultivation of cannabis, 340 plants", 10},
                     {"- Dangerous driving (see CID note)", 1},
                     {"=Burglary (CID: re-check count)", 1},
                     {"", 60}};

// Reporting centres and how often people are sent to each.
const Table centres{{"Becket House", 200},   {"Eaton House", 170},         {"Festival Court", 60},
                    {"Dallas Court", 120},   {"Vulcan House", 60},         {"Sandford House", 70},
                    {"Waterside Court", 90}, {"Longbenton", 50},           {"Patchway", 50},
                    {"Brunel House", 30},    {"Lunar House, Croydon", 30}, {"Drumkeen House", 10}};

const Table windows{
    {"09:00-10:00", 150}, {"10:00-11:00", 250}, {"11:00-12:00", 200}, {"13:00-14:00", 120},
    {"14:00-15:00", 120}, {"15:00-16:00", 60},  {"09:30-11:30", 40},  {"", 60}};

const Table frequencies{{"WEEKLY", 120},    {"FORTNIGHTLY", 150}, {"MONTHLY", 450},
                        {"QUARTERLY", 100}, {"NONE", 120},        {"", 60}};

const Table otherCaseTypes{{"ASYLUM", 250},          {"FURTHER_REPS", 250},  {"APPEAL", 150},
                           {"JUDICIAL_REVIEW", 100}, {"MODERN_SLAVERY", 50}, {"OTHER", 150},
                           {"CRIMINAL", 50}};

const Table barrierTypes{{"ASYLUM", 300},
                         {"FURTHER_REPS", 350},
                         {"APPEAL", 150},
                         {"JUDICIAL_REVIEW", 120},
                         {"MODERN_SLAVERY", 80}};

const Table caseworkerFirst{{"a", 10}, {"b", 5}, {"c", 6}, {"d", 7}, {"e", 4}, {"f", 3},
                            {"g", 4},  {"h", 4}, {"i", 3}, {"j", 9}, {"k", 5}, {"l", 5},
                            {"m", 9},  {"n", 4}, {"o", 2}, {"p", 5}, {"r", 6}, {"s", 8},
                            {"t", 5},  {"v", 2}, {"w", 2}, {"y", 2}, {"z", 2}};
const Table caseworkerLast{
    {"smith", 10},   {"jones", 8},    {"taylor", 6},  {"brown", 6},    {"williams", 6},
    {"wilson", 5},   {"johnson", 5},  {"davies", 5},  {"robinson", 4}, {"wright", 4},
    {"thompson", 4}, {"evans", 4},    {"walker", 4},  {"white", 4},    {"roberts", 4},
    {"green", 3},    {"hall", 3},     {"wood", 3},    {"jackson", 3},  {"clarke", 3},
    {"patel", 5},    {"khan", 5},     {"begum", 3},   {"hussain", 3},  {"ali", 3},
    {"okafor", 2},   {"mensah", 2},   {"kaur", 3},    {"nowak", 2},    {"murphy", 3},
    {"obrien", 2},   {"campbell", 3}, {"stewart", 2}, {"hughes", 3},   {"edwards", 3}};

const std::vector<QByteArray> nicknames = split("Junior|Dre|Bigs|Tee|Kay|Smokey");

// The extract is taken at the end of this day; events after it are still to come.
const QDate extractDay(2025, 11, 28);

enum CaseColumn
{
    CaseRef,
    PersonRef,
    CaseType,
    CaseStatus,
    FamilyName,
    GivenNames,
    DateOfBirth,
    Nationality,
    Gender,
    OwningUnit,
    CaseOwner,
    MappaLevel,
    Harm,
    SentenceMonths,
    Offence,
    SentenceEnd,
    Custody,
    DeportationDecision,
    AddressStatus,
    ReportingCentre,
    ReportingFrequency,
    ReportingWindow,
    Flags,
    RecordVersion, // not in the contract: an extra column the importer ignores
    CaseColumnCount
};

const char *const caseColumnNames[CaseColumnCount] = {"case_ref",
                                                      "person_ref",
                                                      "case_type",
                                                      "case_status",
                                                      "family_name",
                                                      "given_names",
                                                      "date_of_birth",
                                                      "nationality",
                                                      "gender",
                                                      "owning_unit",
                                                      "case_owner",
                                                      "mappa_level",
                                                      "harm",
                                                      "sentence_months",
                                                      "offence",
                                                      "sentence_end",
                                                      "custody",
                                                      "deportation_decision",
                                                      "address_status",
                                                      "reporting_centre",
                                                      "reporting_frequency",
                                                      "reporting_window",
                                                      "flags",
                                                      "cid_version"};

enum EventColumn
{
    EventRef,
    EventPerson,
    Scheduled,
    Centre,
    Outcome,
    EventColumnCount
};
const char *const eventColumnNames[EventColumnCount] = {"event_ref", "person_ref", "scheduled",
                                                        "centre", "outcome"};

enum class OutcomeCode : qint8
{
    Blank,
    Completed,
    NoShow,
    Excused
};
const char *outcomeText(OutcomeCode o)
{
    switch (o) {
    case OutcomeCode::Completed:
        return "COMPLETED";
    case OutcomeCode::NoShow:
        return "NO_SHOW";
    case OutcomeCode::Excused:
        return "EXCUSED";
    case OutcomeCode::Blank:
        break;
    }
    return "";
}

using CaseRow = std::array<QByteArray, CaseColumnCount>;

struct Person
{
    QByteArray ref;
    int caseCount = 0;
    QByteArray centre;
    int frequencyDays = 0;  // 0: does not report
    int windowStart = 0;    // minutes after midnight
    int windowLength = 0;   // minutes
    bool absconds = false;  // misses the last few appointments
    int stoppedDaysAgo = 0; // reported once but no longer (detained, or told to stop)
};

struct Event
{
    qint32 person;
    qint32 day;    // Julian day
    qint16 minute; // after midnight
    qint16 centre; // index into centres, -1 for the person's own, -2 blank
    OutcomeCode outcome;
    qint32 order; // within the person, to keep the sort total
    qint64 ref;
};

// The ways a planted row breaks the contract, taken in turn.
const std::vector<QByteArray> &badCaseKinds()
{
    static const std::vector<QByteArray> v{"bad date", "unknown code", "wrong field count",
                                           "duplicate case_ref"};
    return v;
}
const std::vector<QByteArray> &badEventKinds()
{
    static const std::vector<QByteArray> v{"bad date-time", "unknown outcome", "wrong field count",
                                           "unknown person", "duplicate event_ref"};
    return v;
}

// A row that breaks the contract, written before the good row `before` (counted in the good
// rows of the base extract), `fieldDelta` fields short or long.
struct BadCase
{
    qint64 before;
    CaseRow row;
    int fieldDelta = 0;
    QByteArray kind;
};
struct BadEvent
{
    qint64 before;
    std::array<QByteArray, EventColumnCount> row;
    int fieldDelta = 0;
    QByteArray kind;
};

QByteArray number(qint64 n, int width)
{
    return QByteArray::number(n).rightJustified(width, '0');
}

QByteArray isoDay(qint64 julianDay)
{
    return QDate::fromJulianDay(julianDay).toString(Qt::ISODate).toLatin1();
}

QByteArray isoMinute(qint64 julianDay, int minute)
{
    return isoDay(julianDay) + 'T' + number(minute / 60, 2) + ':' + number(minute % 60, 2);
}

qint64 julian(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

// A reference number that looks random but is unique for i < modulus (the multiplier is prime
// to the modulus, a power of ten); beyond it, i itself, which is wider and so cannot collide.
qint64 scatter(qint64 i, qint64 modulus)
{
    return i < modulus ? (i * 7919 + 412345) % modulus : i;
}

QByteArray personRef(qint64 i)
{
    return 'P' + number(scatter(i, 10000000), 7);
}

const char *casePrefix(const QByteArray &type)
{
    if (type == "CRIMINAL")
        return "CC";
    if (type == "ASYLUM")
        return "AS";
    if (type == "FURTHER_REPS")
        return "FR";
    if (type == "APPEAL")
        return "AP";
    if (type == "JUDICIAL_REVIEW")
        return "JR";
    if (type == "MODERN_SLAVERY")
        return "MS";
    return "OT";
}

// Appends `field` as RFC 4180 wants it: quoted when it holds a comma, a quote or a line break.
void appendField(QByteArray &line, const QByteArray &field)
{
    if (field.contains(',') || field.contains('"') || field.contains('\n') ||
        field.contains('\r')) {
        line += '"';
        for (const char c : field) {
            if (c == '"')
                line += '"';
            line += c;
        }
        line += '"';
    } else {
        line += field;
    }
}

// Writes rows in the column order of the header, `fieldDelta` fields short (drops the last)
// or long (adds one).
template <size_t N>
void appendRow(QByteArray &buffer, const std::array<QByteArray, N> &row,
               const std::vector<int> &order, int fieldDelta, const char *eol)
{
    const size_t count = order.size() + size_t(std::max(fieldDelta, -1));
    for (size_t i = 0; i < count; ++i) {
        if (i > 0)
            buffer += ',';
        if (i < order.size())
            appendField(buffer, row[size_t(order[i])]);
        else
            buffer += "see note";
    }
    buffer += eol;
}

class Writer
{
public:
    explicit Writer(const QString &path) : m_file(path) {}
    bool open() { return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate); }
    QByteArray &buffer() { return m_buffer; }
    bool flushIfFull() { return m_buffer.size() < (1 << 20) || flush(); }
    bool flush()
    {
        const bool ok = m_file.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
        return ok;
    }
    bool close()
    {
        const bool ok = flush() && m_file.flush();
        m_file.close();
        return ok && m_file.error() == QFileDevice::NoError;
    }
    QString errorString() const { return m_file.errorString(); }
    qint64 size() const { return m_file.size(); }

private:
    QFile m_file;
    QByteArray m_buffer;
};

// A shuffled column order, never the order given, and the header's names with a few of them
// in other letter cases or padded with spaces (names match case-insensitively after trimming).
std::vector<int> shuffledOrder(Rng &rng, int count)
{
    std::vector<int> order(size_t(count), 0);
    for (int i = 0; i < count; ++i)
        order[size_t(i)] = i;
    do {
        for (int i = count - 1; i > 0; --i)
            std::swap(order[size_t(i)], order[rng.below(quint64(i) + 1)]);
    } while (std::is_sorted(order.begin(), order.end()));
    return order;
}

QByteArray headerLine(const char *const *names, const std::vector<int> &order, const char *eol)
{
    QByteArray line;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0)
            line += ',';
        QByteArray name(names[order[i]]);
        if (i == 0)
            name = name.toUpper();
        else if (i == 2)
            name = ' ' + name + ' ';
        else if (i == 3)
            name[0] = char(std::toupper(static_cast<unsigned char>(name[0])));
        line += name;
    }
    return line + eol;
}

// Chooses `count` distinct indices of [0, n), in increasing order.
std::vector<qint64> choose(Rng &rng, qint64 n, qint64 count)
{
    count = std::min(count, n);
    std::vector<qint64> all(size_t(n), 0);
    for (qint64 i = 0; i < n; ++i)
        all[size_t(i)] = i;
    for (qint64 i = 0; i < count; ++i)
        std::swap(all[size_t(i)], all[size_t(i + qint64(rng.below(quint64(n - i))))]);
    all.resize(size_t(count));
    std::sort(all.begin(), all.end());
    return all;
}

QString thousands(qint64 n)
{
    QString s = QString::number(n);
    for (int i = int(s.size()) - 3; i > (n < 0 ? 1 : 0); i -= 3)
        s.insert(i, QLatin1Char(','));
    return s;
}

struct Options
{
    QString outDir;
    quint64 seed = 1;
    qint64 cases = 144821;
    qint64 events = 862673;
    double changedPercent = 0;
    bool rectangular = false;
};

class Generator
{
public:
    explicit Generator(const Options &o)
        : m_options(o), m_rng(o.seed), m_changeRng(o.seed ^ 0x5DEECE66DULL), m_origins(origins())
    {
        for (const Origin &origin : m_origins) {
            m_originTotal += origin.weight;
            m_originCumulative.push_back(m_originTotal);
        }
    }

    int run();

private:
    void makeCaseworkers();
    void makePeopleAndCases(qint64 goodCases);
    void makeEvents(qint64 goodEvents);
    void plantBadCases(qint64 count);
    void plantBadEvents(qint64 count);
    void changeCases();
    void changeEvents();
    bool writeCases(qint64 &rows, qint64 &bytes);
    bool writeEvents(qint64 &rows, qint64 &bytes);
    CaseRow criminalCase(const CaseRow &personRow, int personIndex, const QByteArray &unit);
    CaseRow otherCase(const CaseRow &personRow, const QByteArray &type, const QByteArray &unit);
    QByteArray newCaseRef(const QByteArray &type, int year);
    QByteArray owner(Rng &rng, const QByteArray &unit);
    QByteArray recordVersion(Rng &rng);

    Options m_options;
    Rng m_rng;       // the base extract
    Rng m_changeRng; // the day after's changes: the base stays the same whatever the percent
    std::vector<Origin> m_origins;
    std::vector<int> m_originCumulative;
    int m_originTotal = 0;
    std::vector<std::vector<QByteArray>> m_caseworkers; // per unit index
    qint64 m_caseNumber = 0;
    qint64 m_eventNumber = 0;

    std::vector<Person> m_people;
    std::vector<CaseRow> m_cases;  // good rows, in file order
    std::vector<int> m_casePerson; // person index of each good row
    std::vector<Event> m_events;   // good rows, in file order
    std::vector<BadCase> m_badCases;
    std::vector<BadEvent> m_badEvents;
    std::vector<bool> m_caseIsDuplicated; // a planted row repeats its case_ref

    // The day after: rows gone, new rows after a good row, counts of each change.
    std::vector<bool> m_caseGone;
    std::vector<std::vector<CaseRow>> m_casesAfter; // new rows written after good row i
    std::vector<Event> m_newEvents;
    std::vector<std::pair<QByteArray, qint64>> m_caseChanges, m_eventChanges;
};

void Generator::makeCaseworkers()
{
    // Each unit has its own caseworkers; user names repeat across units now and then, as in
    // a real directory.
    Rng rng(m_options.seed ^ 0xC0FFEEULL);
    for (size_t u = 0; u < units.values().size(); ++u) {
        std::vector<QByteArray> people;
        for (int i = 0; i < 70; ++i) {
            QByteArray name = caseworkerFirst.pick(rng) + '.' + caseworkerLast.pick(rng);
            if (rng.permille(150))
                name += QByteArray::number(rng.between(1, 9));
            people.push_back(name);
        }
        m_caseworkers.push_back(people);
    }
}

QByteArray Generator::owner(Rng &rng, const QByteArray &unit)
{
    const auto &values = units.values();
    const size_t u = size_t(std::find(values.begin(), values.end(), unit) - values.begin());
    const bool noUnit = unit.isEmpty() || unit == "NO UNIT" || unit == "NOT IN USE";
    if (rng.permille(noUnit ? 600 : 40))
        return QByteArray();
    return rng.pick(m_caseworkers[std::min(u, m_caseworkers.size() - 1)]);
}

// CID's version of the case record: how often it has been saved.
QByteArray Generator::recordVersion(Rng &rng)
{
    return QByteArray::number(1 + rng.below(40) * rng.below(40) / 40);
}

QByteArray Generator::newCaseRef(const QByteArray &type, int year)
{
    return QByteArray(casePrefix(type)) + '/' + QByteArray::number(year) + '/' +
           number(scatter(m_caseNumber++, 1000000), 6);
}

CaseRow Generator::criminalCase(const CaseRow &personRow, int personIndex, const QByteArray &unit)
{
    Rng &rng = m_rng;
    const Person &p = m_people[size_t(personIndex)];
    CaseRow c = personRow;
    c[CaseType] = "CRIMINAL";
    c[CaseRef] = newCaseRef(c[CaseType], rng.between(2005, 2025));
    const int status = int(rng.below(1000));
    c[CaseStatus] = status < 850 ? "OPEN" : status < 950 ? "CLOSED" : "";
    c[OwningUnit] = unit;
    c[CaseOwner] = owner(rng, unit);
    const int mappa = int(rng.below(1000));
    c[MappaLevel] = mappa < 600   ? "0"
                    : mappa < 750 ? "1"
                    : mappa < 810 ? "2"
                    : mappa < 820 ? "3"
                    : mappa < 850 ? "EX"
                                  : "";
    const int harm = int(rng.below(1000));
    c[Harm] = harm < 50 ? "A" : harm < 250 ? "B" : harm < 600 ? "C" : harm < 950 ? "D" : "";
    if (!rng.permille(50)) {
        const int months =
            rng.permille(50) ? rng.between(1, 11) : 12 + int(rng.below(229) * rng.below(229) / 229);
        c[SentenceMonths] = QByteArray::number(months);
    }
    c[Offence] = offences.pick(rng);
    if (!rng.permille(350))
        c[SentenceEnd] =
            isoDay(julian(2008, 1, 1) +
                   qint64(rng.below(quint64(extractDay.toJulianDay() - julian(2008, 1, 1)))));
    const int custody = int(rng.below(1000));
    c[Custody] = custody < 80 ? "DETAINED" : custody < 930 ? "NON_DETAINED" : "";
    const int decision = int(rng.below(1000));
    c[DeportationDecision] = decision < 150   ? "NONE"
                             : decision < 400 ? "PENDING"
                             : decision < 600 ? "SERVED"
                             : decision < 700 ? "ORDER_SIGNED"
                                              : "";
    static const std::pair<const char *, int> flagShares[] = {
        {"ZINCS", 60}, {"NEXUS_HH", 40}, {"EM", 80}, {"ACRO", 50}};
    QByteArrayList flags;
    for (const auto &[flag, permille] : flagShares) {
        if (rng.permille(permille))
            flags << flag;
    }
    // CID pads the list now and then; the importer trims each flag.
    c[Flags] = flags.join(flags.size() > 1 && rng.permille(100) ? "; " : ";");
    c[ReportingCentre] = p.centre;
    return c;
}

CaseRow Generator::otherCase(const CaseRow &personRow, const QByteArray &type,
                             const QByteArray &unit)
{
    Rng &rng = m_rng;
    CaseRow c = personRow;
    c[CaseType] = type;
    c[CaseRef] = newCaseRef(type, rng.between(2008, 2025));
    const int status = int(rng.below(1000));
    if (type == "CRIMINAL") // an older criminal case, long closed
        c[CaseStatus] = "CLOSED";
    else
        c[CaseStatus] = status < 350 ? "OPEN" : status < 950 ? "CLOSED" : "";
    const int where = int(rng.below(1000));
    c[OwningUnit] = where < 150 ? QByteArray("UKVI Complex Casework") : where < 650 ? unit : "";
    c[CaseOwner] = owner(rng, c[OwningUnit]);
    if (type == "CRIMINAL") {
        c[MappaLevel] = "0";
        c[Harm] = rng.permille(500) ? "D" : "C";
        c[SentenceMonths] = QByteArray::number(rng.between(1, 24));
        c[Offence] = offences.pick(rng);
        c[Custody] = "NON_DETAINED";
    }
    return c;
}

void Generator::makePeopleAndCases(qint64 goodCases)
{
    Rng &rng = m_rng;
    while (qint64(m_cases.size()) < goodCases) {
        const int index = int(m_people.size());
        Person p;
        p.ref = personRef(index);

        // The person's details, the same on each of their rows.
        const int r = int(rng.below(quint64(m_originTotal)));
        const Origin &origin = m_origins[size_t(
            std::upper_bound(m_originCumulative.begin(), m_originCumulative.end(), r) -
            m_originCumulative.begin())];
        const bool native = !origin.native.family.empty() && rng.permille(origin.nativePermille);
        const Names &n = native ? origin.native : origin.latin;
        const int g = int(rng.below(1000));
        const QByteArray gender = g < 880 ? "M" : g < 980 ? "F" : g < 985 ? "X" : "";
        CaseRow row;
        row[PersonRef] = p.ref;
        row[FamilyName] = rng.pick(n.family);
        QByteArray given = rng.pick(gender == "F" ? n.female : n.male);
        if (rng.permille(250)) {
            const QByteArray &second = rng.pick(gender == "F" ? n.female : n.male);
            if (second != given)
                given += ' ' + second;
        }
        if (origin.quotedNicknames && rng.permille(15))
            given += " \"" + rng.pick(nicknames) + '"'; // written "Andre ""Junior"""
        if (rng.permille(8))
            given.clear();
        row[GivenNames] = given;
        if (!rng.permille(10))
            row[DateOfBirth] = isoDay(julian(1955, 1, 1) + qint64(rng.below(18627)));
        if (!rng.permille(5))
            row[Nationality] = origin.nationality;
        row[Gender] = gender;
        const int address = int(rng.below(1000));
        row[AddressStatus] = address < 920 ? "FIXED" : address < 980 ? "NFA" : "";

        // How many cases: most people one, some up to five.
        const int c = int(rng.below(1000));
        int count = c < 720 ? 1 : c < 890 ? 2 : c < 950 ? 3 : c < 980 ? 4 : 5;
        count = int(std::min<qint64>(count, goodCases - qint64(m_cases.size())));
        p.caseCount = count;
        const QByteArray unit = units.pick(rng);

        // Reporting: their first case says where, how often and when.
        const bool criminal = !rng.permille(70);
        p.centre = rng.permille(30) ? QByteArray() : centres.pick(rng);
        QByteArray frequency = frequencies.pick(rng);
        const QByteArray window = frequency == "NONE" ? QByteArray() : windows.pick(rng);
        m_people.push_back(p);
        CaseRow first = criminal ? criminalCase(row, index, unit)
                                 : otherCase(row, barrierTypes.pick(rng), unit);
        if (first[Custody] == "DETAINED" && rng.permille(700))
            frequency = "NONE";
        first[ReportingFrequency] = frequency;
        first[ReportingWindow] = frequency == "NONE" ? QByteArray() : window;
        first[ReportingCentre] = p.centre;
        first[RecordVersion] = recordVersion(rng);
        Person &held = m_people.back();
        held.frequencyDays = frequency == "WEEKLY"        ? 7
                             : frequency == "FORTNIGHTLY" ? 14
                             : frequency == "MONTHLY"     ? 28
                             : frequency == "QUARTERLY"   ? 91
                             : frequency.isEmpty()        ? 28 // not recorded, but reports
                                                          : 0;
        if (!window.isEmpty()) {
            held.windowStart = window.left(2).toInt() * 60 + window.mid(3, 2).toInt();
            held.windowLength =
                window.mid(6, 2).toInt() * 60 + window.mid(9, 2).toInt() - held.windowStart;
        }
        held.absconds = rng.permille(15);
        if (held.frequencyDays == 0 && rng.permille(750)) {
            held.frequencyDays = rng.permille(300) ? 14 : 28;
            held.stoppedDaysAgo = 30 + int(rng.below(1460));
        }
        m_cases.push_back(first);
        m_casePerson.push_back(index);
        for (int k = 1; k < count; ++k) {
            CaseRow other = otherCase(row, otherCaseTypes.pick(rng), unit);
            other[RecordVersion] = recordVersion(rng);
            // A few people's rows disagree on their details (CID's placeholder birthday on
            // one of them): the later row wins, with a notice.
            if (k == count - 1 && rng.permille(3))
                other[DateOfBirth] = row[DateOfBirth] == "1980-01-01" ? "1980-01-02" : "1980-01-01";
            m_cases.push_back(other);
            m_casePerson.push_back(index);
        }
    }
}

void Generator::makeEvents(qint64 goodEvents)
{
    Rng &rng = m_rng;
    // Each reporting person's history reaches back a while at their frequency: weekly
    // reporting is recent (up to half a year), quarterly reporting may go back six years. The
    // counts are then scaled so the file has exactly goodEvents rows (at the default sizes by
    // about 0.8, so the longest histories reach back five years or so). Some who no longer
    // report have a history that ended a while ago.
    std::vector<double> raw(m_people.size(), 0.0);
    double total = 0;
    for (size_t i = 0; i < m_people.size(); ++i) {
        const int frequency = m_people[i].frequencyDays;
        if (frequency == 0)
            continue;
        const quint64 longest = frequency <= 7    ? 180
                                : frequency <= 14 ? 365
                                : frequency <= 28 ? 1460
                                                  : 2190;
        const quint64 span = 7 + rng.below(longest) * rng.below(longest) / longest;
        raw[i] = double(span) / frequency + 1;
        total += raw[i];
    }
    if (goodEvents > 0 && total == 0) {
        // Nobody reports (a tiny extract): the first person does, weekly.
        m_people[0].frequencyDays = 7;
        raw[0] = total = 1;
    }
    double cumulative = 0;
    qint64 given = 0;
    const qint64 last = extractDay.toJulianDay();
    for (size_t i = 0; i < m_people.size(); ++i) {
        if (raw[i] == 0)
            continue;
        cumulative += raw[i] * double(goodEvents) / total;
        const qint64 upTo = std::min<qint64>(goodEvents, qint64(std::llround(cumulative)));
        const qint64 count = upTo - given;
        given = upTo;
        const Person &p = m_people[i];
        // The next appointment, up to one period ahead, on the person's weekday; or the last
        // one of someone who no longer reports.
        qint64 anchor = p.stoppedDaysAgo > 0 ? last - p.stoppedDaysAgo
                                             : last + qint64(rng.below(quint64(p.frequencyDays)));
        const int weekday = rng.between(1, 5);
        while (QDate::fromJulianDay(anchor).dayOfWeek() != weekday)
            --anchor;
        const int pastMisses = p.absconds ? rng.between(2, 6) : 0;
        int missed = 0;
        for (qint64 k = 0; k < count; ++k) {
            Event e{};
            e.person = qint32(i);
            e.day = qint32(anchor - k * p.frequencyDays);
            e.minute = qint16(p.windowLength > 0
                                  ? p.windowStart + 5 * int(rng.below(quint64(p.windowLength / 5)))
                                  : 9 * 60 + 15 * rng.between(0, 27));
            // Mostly the person's own centre; CID leaves it out of a fifth of its events.
            const int where = int(rng.below(1000));
            e.centre =
                qint16(where < 200                         ? -2
                       : p.centre.isEmpty() || where < 210 ? int(rng.below(centres.values().size()))
                                                           : -1);
            e.order = qint32(k);
            if (e.day > last) {
                e.outcome = OutcomeCode::Blank;
            } else if (missed < pastMisses) {
                e.outcome = OutcomeCode::NoShow;
                ++missed;
            } else {
                const int o = int(rng.below(1000));
                e.outcome = o < 875   ? OutcomeCode::Completed
                            : o < 925 ? OutcomeCode::NoShow
                            : o < 960 ? OutcomeCode::Excused
                                      : OutcomeCode::Blank;
            }
            m_events.push_back(e);
        }
    }
    // CID lists events in the order they fall; references follow that order.
    std::sort(m_events.begin(), m_events.end(), [](const Event &a, const Event &b) {
        return std::tie(a.day, a.minute, a.person, a.order) <
               std::tie(b.day, b.minute, b.person, b.order);
    });
    for (Event &e : m_events)
        e.ref = ++m_eventNumber;
}

QByteArray eventRef(qint64 n)
{
    return 'E' + number(1000000 + n, 7);
}

std::array<QByteArray, EventColumnCount> eventRow(const Event &e, const std::vector<Person> &people)
{
    const Person &p = people[size_t(e.person)];
    std::array<QByteArray, EventColumnCount> row;
    row[EventRef] = eventRef(e.ref);
    row[EventPerson] = p.ref;
    row[Scheduled] = isoMinute(e.day, e.minute);
    row[Centre] = e.centre == -1   ? p.centre
                  : e.centre == -2 ? QByteArray()
                                   : centres.values()[size_t(e.centre)];
    row[Outcome] = outcomeText(e.outcome);
    return row;
}

void Generator::plantBadCases(qint64 count)
{
    Rng &rng = m_rng;
    const qint64 good = qint64(m_cases.size());
    m_caseIsDuplicated.assign(size_t(good), false);
    const std::vector<QByteArray> &kinds = badCaseKinds();
    for (qint64 i = 0; i < count; ++i) {
        BadCase bad;
        bad.kind = kinds[size_t(i) % kinds.size()];
        bad.before = 1 + qint64(rng.below(quint64(good))); // after at least one good row
        const qint64 template_ = bad.before - 1;           // the good row just before it
        bad.row = m_cases[size_t(template_)];
        if (bad.kind == "duplicate case_ref") {
            m_caseIsDuplicated[size_t(template_)] = true;
        } else {
            bad.row[CaseType] = otherCaseTypes.pick(rng);
            bad.row[CaseRef] = newCaseRef(bad.row[CaseType], 2025);
        }
        if (bad.kind == "bad date") {
            const int which = int(rng.below(4));
            if (which == 0)
                bad.row[DateOfBirth] = "1985-02-30";
            else if (which == 1)
                bad.row[DateOfBirth] = "30/01/1985";
            else if (which == 2)
                bad.row[SentenceEnd] = "2019-13-01";
            else
                bad.row[SentenceEnd] = "2021-6-4";
        } else if (bad.kind == "unknown code") {
            const int which = int(rng.below(6));
            if (which == 0)
                bad.row[CaseType] = "CRIM";
            else if (which == 1)
                bad.row[Custody] = "REMANDED";
            else if (which == 2)
                bad.row[MappaLevel] = "4";
            else if (which == 3)
                bad.row[Harm] = "E";
            else if (which == 4)
                bad.row[ReportingFrequency] = "DAILY";
            else
                bad.row[Nationality] = "Jamaica";
        } else if (bad.kind == "wrong field count") {
            bad.fieldDelta = rng.permille(500) ? -1 : 1;
        }
        m_badCases.push_back(bad);
    }
    std::stable_sort(m_badCases.begin(), m_badCases.end(),
                     [](const BadCase &a, const BadCase &b) { return a.before < b.before; });
}

void Generator::plantBadEvents(qint64 count)
{
    Rng &rng = m_rng;
    const qint64 good = qint64(m_events.size());
    const std::vector<QByteArray> &kinds = badEventKinds();
    for (qint64 i = 0; i < count; ++i) {
        BadEvent bad;
        bad.kind = kinds[size_t(i) % kinds.size()];
        bad.before = 1 + qint64(rng.below(quint64(good)));
        const Event &model = m_events[size_t(bad.before - 1)];
        bad.row = eventRow(model, m_people);
        if (bad.kind != "duplicate event_ref")
            bad.row[EventRef] = eventRef(++m_eventNumber);
        if (bad.kind == "bad date-time") {
            const int which = int(rng.below(4));
            if (which == 0)
                bad.row[Scheduled] = "2024-02-30T10:00";
            else if (which == 1)
                bad.row[Scheduled] = "14/03/2024 10:00";
            else if (which == 2)
                bad.row[Scheduled] = bad.row[Scheduled].replace('T', ' ');
            else
                bad.row[Scheduled] = bad.row[Scheduled].left(11) + "24:30";
        } else if (bad.kind == "unknown outcome") {
            const char *outcomes[] = {"ATTENDED", "DNA", "NO SHOW", "Completed"};
            bad.row[Outcome] = outcomes[rng.below(4)];
        } else if (bad.kind == "wrong field count") {
            bad.fieldDelta = rng.permille(500) ? -1 : 1;
        } else if (bad.kind == "unknown person") {
            // A person with no row in cases.csv (nor ever imported).
            bad.row[EventPerson] = personRef(qint64(m_people.size()) + 1000 + i);
        } else { // duplicate: a later row with the same reference, moved a week
            bad.row[Scheduled] = isoMinute(model.day + 7, model.minute);
        }
        m_badEvents.push_back(bad);
    }
    std::stable_sort(m_badEvents.begin(), m_badEvents.end(),
                     [](const BadEvent &a, const BadEvent &b) { return a.before < b.before; });
}

void Generator::changeCases()
{
    Rng &rng = m_changeRng;
    const qint64 good = qint64(m_cases.size());
    m_caseGone.assign(size_t(good), false);
    m_casesAfter.assign(size_t(good), {});
    const qint64 count = qint64(std::llround(double(good) * m_options.changedPercent / 100));
    qint64 owners = 0, custody = 0, status = 0, added = 0, gone = 0;
    std::vector<int> casesLeft(m_people.size(), 0);
    for (size_t i = 0; i < m_people.size(); ++i)
        casesLeft[i] = m_people[i].caseCount;
    for (const qint64 i : choose(rng, good, count)) {
        CaseRow &c = m_cases[size_t(i)];
        int &left = casesLeft[size_t(m_casePerson[size_t(i)])];
        const int kind = int(rng.below(100));
        c[RecordVersion] = QByteArray::number(c[RecordVersion].toInt() + 1);
        // A person keeps a case at least, so their events still name a person of the file; a
        // case whose reference a planted row repeats stays, so that row is still a repeat.
        if (kind < 15 && left > 1 && !m_caseIsDuplicated[size_t(i)]) {
            m_caseGone[size_t(i)] = true;
            --left;
            ++gone;
        } else if (kind < 30) {
            // A new case for the person: an open barrier, new today.
            CaseRow n = c;
            for (int col :
                 {MappaLevel, Harm, SentenceMonths, Offence, SentenceEnd, Custody,
                  DeportationDecision, ReportingCentre, ReportingFrequency, ReportingWindow, Flags})
                n[size_t(col)].clear();
            n[CaseType] = barrierTypes.pick(rng);
            n[CaseRef] = newCaseRef(n[CaseType], 2025);
            n[CaseStatus] = "OPEN";
            n[RecordVersion] = "1";
            m_casesAfter[size_t(i)].push_back(n);
            ++added;
        } else if (kind < 50) {
            c[Custody] = c[Custody] == "DETAINED" ? "NON_DETAINED" : "DETAINED";
            ++custody;
        } else if (kind < 70) {
            c[CaseStatus] = c[CaseStatus] == "CLOSED" ? "OPEN" : "CLOSED";
            ++status;
        } else {
            QByteArray next = owner(rng, c[OwningUnit]);
            for (int tries = 0; next == c[CaseOwner] && tries < 5; ++tries)
                next = owner(rng, c[OwningUnit]);
            if (next == c[CaseOwner])
                next = "duty.caseworker";
            c[CaseOwner] = next;
            ++owners;
        }
    }
    m_caseChanges = {{"new owner", owners},
                     {"custody", custody},
                     {"status", status},
                     {"new case", added},
                     {"case gone", gone}};
}

void Generator::changeEvents()
{
    Rng &rng = m_changeRng;
    const qint64 good = qint64(m_events.size());
    const qint64 count = qint64(std::llround(double(good) * m_options.changedPercent / 100));
    const qint64 last = extractDay.toJulianDay();
    // Half of them: an outcome recorded where it was blank (a correction of a recorded one
    // if there are not enough blank ones). The other half: new events.
    const qint64 outcomes = count / 2;
    std::vector<qint64> blank;
    for (qint64 i = 0; i < good; ++i) {
        if (m_events[size_t(i)].outcome == OutcomeCode::Blank && m_events[size_t(i)].day <= last)
            blank.push_back(i);
    }
    qint64 recorded = 0, corrected = 0, added = 0;
    for (const qint64 k : choose(rng, qint64(blank.size()), outcomes)) {
        Event &e = m_events[size_t(blank[size_t(k)])];
        const int o = int(rng.below(1000));
        e.outcome = o < 800   ? OutcomeCode::Completed
                    : o < 900 ? OutcomeCode::NoShow
                              : OutcomeCode::Excused;
        ++recorded;
    }
    for (const qint64 i : choose(rng, good, outcomes - recorded)) {
        // A no-show found to be excused, or a completed one found missed.
        Event &e = m_events[size_t(i)];
        e.outcome = e.outcome == OutcomeCode::NoShow ? OutcomeCode::Excused : OutcomeCode::NoShow;
        ++corrected;
    }
    for (const qint64 i : choose(rng, good, count - outcomes)) {
        // A new event: the appointment moved a few days on.
        const Event &e = m_events[size_t(i)];
        Event n = e;
        n.day = e.day + rng.between(1, 3);
        while (QDate::fromJulianDay(n.day).dayOfWeek() > 5)
            ++n.day;
        n.order = e.order + 100000;
        n.outcome = n.day > last ? OutcomeCode::Blank : OutcomeCode::Completed;
        n.ref = ++m_eventNumber;
        m_newEvents.push_back(n);
        ++added;
    }
    m_eventChanges = {
        {"outcome recorded", recorded}, {"outcome corrected", corrected}, {"new event", added}};
}

bool Generator::writeCases(qint64 &rows, qint64 &bytes)
{
    Writer w(QDir(m_options.outDir).filePath(QStringLiteral("cases.csv")));
    if (!w.open()) {
        err << "lodestar_extractgen: cannot write cases.csv: " << w.errorString() << Qt::endl;
        return false;
    }
    // cases.csv: a byte-order mark, LF line ends, an extra column.
    Rng orderRng(m_options.seed ^ 0xCA5E5ULL);
    const std::vector<int> order = shuffledOrder(orderRng, CaseColumnCount);
    w.buffer() += "\xEF\xBB\xBF";
    w.buffer() += headerLine(caseColumnNames, order, "\n");
    rows = 0;
    size_t bad = 0;
    const bool changed = !m_caseGone.empty();
    for (size_t i = 0; i <= m_cases.size(); ++i) {
        for (; bad < m_badCases.size() && m_badCases[bad].before == qint64(i); ++bad) {
            if (m_options.rectangular && m_badCases[bad].fieldDelta != 0)
                continue;
            appendRow(w.buffer(), m_badCases[bad].row, order, m_badCases[bad].fieldDelta, "\n");
            ++rows;
        }
        if (i == m_cases.size())
            break;
        if (!changed || !m_caseGone[i]) {
            appendRow(w.buffer(), m_cases[i], order, 0, "\n");
            ++rows;
        }
        if (changed) {
            for (const CaseRow &n : m_casesAfter[i]) {
                appendRow(w.buffer(), n, order, 0, "\n");
                ++rows;
            }
        }
        if (!w.flushIfFull())
            break;
    }
    if (!w.close()) {
        err << "lodestar_extractgen: cannot write cases.csv: " << w.errorString() << Qt::endl;
        return false;
    }
    bytes = w.size();
    return true;
}

bool Generator::writeEvents(qint64 &rows, qint64 &bytes)
{
    Writer w(QDir(m_options.outDir).filePath(QStringLiteral("reporting.csv")));
    if (!w.open()) {
        err << "lodestar_extractgen: cannot write reporting.csv: " << w.errorString() << Qt::endl;
        return false;
    }
    // reporting.csv: no byte-order mark, CRLF line ends.
    Rng orderRng(m_options.seed ^ 0xE7E27ULL);
    const std::vector<int> order = shuffledOrder(orderRng, EventColumnCount);
    w.buffer() += headerLine(eventColumnNames, order, "\r\n");
    // The day after's new events fall in among the others, in date order.
    std::vector<Event> added = m_newEvents;
    auto earlier = [](const Event &a, const Event &b) {
        return std::tie(a.day, a.minute, a.person, a.order) <
               std::tie(b.day, b.minute, b.person, b.order);
    };
    std::sort(added.begin(), added.end(), earlier);
    rows = 0;
    size_t bad = 0, next = 0;
    for (size_t i = 0; i <= m_events.size(); ++i) {
        for (; bad < m_badEvents.size() && m_badEvents[bad].before == qint64(i); ++bad) {
            if (m_options.rectangular && m_badEvents[bad].fieldDelta != 0)
                continue;
            appendRow(w.buffer(), m_badEvents[bad].row, order, m_badEvents[bad].fieldDelta, "\r\n");
            ++rows;
        }
        if (i == m_events.size())
            break;
        for (; next < added.size() && earlier(added[next], m_events[i]); ++next) {
            appendRow(w.buffer(), eventRow(added[next], m_people), order, 0, "\r\n");
            ++rows;
        }
        appendRow(w.buffer(), eventRow(m_events[i], m_people), order, 0, "\r\n");
        ++rows;
        if (!w.flushIfFull())
            break;
    }
    for (; next < added.size(); ++next) {
        appendRow(w.buffer(), eventRow(added[next], m_people), order, 0, "\r\n");
        ++rows;
    }
    if (!w.close()) {
        err << "lodestar_extractgen: cannot write reporting.csv: " << w.errorString() << Qt::endl;
        return false;
    }
    bytes = w.size();
    return true;
}

// "37 bad date, 36 unknown code, ...": the planted rows of each kind, in the order of `kinds`.
template <typename Bad>
QString plantedKinds(const std::vector<Bad> &bad, const std::vector<QByteArray> &kinds,
                     bool rectangular)
{
    QStringList parts;
    for (const QByteArray &kind : kinds) {
        const auto n = std::count_if(bad.begin(), bad.end(), [&](const Bad &b) {
            return b.kind == kind && (!rectangular || b.fieldDelta == 0);
        });
        if (n > 0)
            parts << QStringLiteral("%1 %2").arg(n).arg(QString::fromLatin1(kind));
    }
    return parts.join(QStringLiteral(", "));
}

qint64 plantedCount(qint64 rows, int kinds)
{
    // 0.1% of the rows, at least one of each kind (none in a tiny file).
    return rows < 100 ? 0 : std::max<qint64>(kinds, std::llround(double(rows) / 1000));
}

int Generator::run()
{
    makeCaseworkers();
    const qint64 badCases = plantedCount(m_options.cases, int(badCaseKinds().size()));
    const qint64 badEvents = plantedCount(m_options.events, int(badEventKinds().size()));
    makePeopleAndCases(m_options.cases - badCases);
    makeEvents(m_options.events - badEvents);
    plantBadCases(badCases);
    plantBadEvents(badEvents);
    if (m_options.changedPercent > 0) {
        changeCases();
        changeEvents();
    }
    if (!QDir().mkpath(m_options.outDir)) {
        err << "lodestar_extractgen: cannot create " << m_options.outDir << Qt::endl;
        return 1;
    }
    qint64 caseRows = 0, caseBytes = 0, eventRows = 0, eventBytes = 0;
    if (!writeCases(caseRows, caseBytes) || !writeEvents(eventRows, eventBytes))
        return 1;

    auto count = [&](const auto &bad) {
        return qint64(std::count_if(bad.begin(), bad.end(), [&](const auto &b) {
            return !m_options.rectangular || b.fieldDelta == 0;
        }));
    };
    const QString dir = QDir(m_options.outDir).path();
    out << QStringLiteral("%1/cases.csv: %2 rows (%3 MB) over %4 people; planted rejects: %5")
               .arg(dir, thousands(caseRows))
               .arg(double(caseBytes) / 1e6, 0, 'f', 1)
               .arg(thousands(qint64(m_people.size())),
                    plantedKinds(m_badCases, badCaseKinds(), m_options.rectangular))
        << Qt::endl;
    out << QStringLiteral("%1/reporting.csv: %2 rows (%3 MB); planted rejects: %4")
               .arg(dir, thousands(eventRows))
               .arg(double(eventBytes) / 1e6, 0, 'f', 1)
               .arg(plantedKinds(m_badEvents, badEventKinds(), m_options.rectangular))
        << Qt::endl;
    if (m_options.changedPercent > 0) {
        QStringList cases, events;
        for (const auto &[kind, n] : m_caseChanges)
            cases << QStringLiteral("%1 %2").arg(n).arg(QString::fromLatin1(kind));
        for (const auto &[kind, n] : m_eventChanges)
            events << QStringLiteral("%1 %2").arg(n).arg(QString::fromLatin1(kind));
        out << QStringLiteral("changed %1%: cases %2; events %3")
                   .arg(m_options.changedPercent)
                   .arg(cases.join(QStringLiteral(", ")), events.join(QStringLiteral(", ")))
            << Qt::endl;
    }
    // One line for scripts.
    out << QStringLiteral("planted: cases %1 reporting %2")
               .arg(count(m_badCases))
               .arg(count(m_badEvents))
        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lodestar_extractgen"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a synthetic CID extract (cases.csv, reporting.csv) as CID-EXTRACT.md describes "
        "it, the same bytes for the same options on every machine."));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Folder to write the two files into."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the randomness (default 1)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption casesOption(QStringLiteral("cases"),
                                         QStringLiteral("Rows of cases.csv (default 144821)."),
                                         QStringLiteral("N"), QStringLiteral("144821"));
    const QCommandLineOption eventsOption(QStringLiteral("events"),
                                          QStringLiteral("Rows of reporting.csv (default 862673)."),
                                          QStringLiteral("N"), QStringLiteral("862673"));
    const QCommandLineOption changedOption(
        QStringLiteral("changed-percent"),
        QStringLiteral("Write the day after instead: P% of case rows and of events changed "
                       "(default 0)."),
        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption rectangularOption(
        QStringLiteral("rectangular"),
        QStringLiteral("Leave out the rows with a wrong number of fields (for PostgreSQL's "
                       "COPY)."));
    parser.addOption(outOption);
    parser.addOption(seedOption);
    parser.addOption(casesOption);
    parser.addOption(eventsOption);
    parser.addOption(changedOption);
    parser.addOption(rectangularOption);
    parser.process(app);

    Options o;
    bool okSeed = false, okCases = false, okEvents = false, okChanged = false;
    o.outDir = parser.value(outOption);
    o.seed = parser.value(seedOption).toULongLong(&okSeed);
    o.cases = parser.value(casesOption).toLongLong(&okCases);
    o.events = parser.value(eventsOption).toLongLong(&okEvents);
    o.changedPercent = parser.value(changedOption).toDouble(&okChanged);
    o.rectangular = parser.isSet(rectangularOption);
    if (o.outDir.isEmpty() || !okSeed || !okCases || o.cases < 100 || o.cases > 9000000 ||
        !okEvents || o.events < 0 || o.events > 200000000 || !okChanged || o.changedPercent < 0 ||
        o.changedPercent > 100) {
        err << "lodestar_extractgen: --out DIR is required; --cases from 100 to 9,000,000, "
               "--events from 0, --changed-percent from 0 to 100"
            << Qt::endl;
        return 2;
    }
    return Generator(o).run();
}
