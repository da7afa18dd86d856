#include "demogenerator.h"
#include "domain/clock.h"

#include "db/session.h"
#include "db/transaction.h"
#include "domain/banding.h"
#include "domain/codes.h"
#include "domain/followupstep.h"
#include "domain/importsummary.h"
#include "domain/reportingwindow.h"
#include "domain/reviewrules.h"
#include "domain/riskprofile.h"
#include "domain/workloadrules.h"
#include "store/accessstore.h"
#include "store/allocationstore.h"
#include "store/auditstore.h"
#include "store/bandoverridestore.h"
#include "store/barrierstore.h"
#include "store/diarystore.h"
#include "store/followupstore.h"
#include "store/importstore.h"
#include "store/noteqastore.h"
#include "store/notestore.h"
#include "store/personstore.h"
#include "store/progressionstore.h"
#include "store/removalstore.h"
#include "store/reoffencestore.h"
#include "store/reportingstore.h"
#include "store/restrictionstore.h"
#include "store/reviewstore.h"
#include "store/taskingstore.h"
#include "store/traveldocumentstore.h"
#include "store/userstore.h"

#include <QCryptographicHash>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <map>
#include <random>
#include <tuple>
#include <utility>
#include <vector>

// The names, units, offences and note texts below are invented data written into the
// database, like an import's: they are deliberately not translated, so the same seed gives
// the same database whatever the user's language.

namespace {

// The person's version as it stands. The demo changes people it made itself, with no user's
// read behind the change: it reads the version just before each hand-made change (override,
// restriction, allocation), so the store's check still runs and finds nothing in between.
Result<int> personVersion(QSqlDatabase db, qint64 personId)
{
    const auto versions = PersonStore(db).versions({personId});
    if (!versions)
        return versions.error();
    if (!versions.value().contains(personId))
        return Error{QStringLiteral("No person with id %1").arg(personId), QString(),
                     QStringLiteral("not-found")};
    return versions.value().value(personId);
}

// Deterministic randomness from mt19937_64's raw output, whose sequence the standard fixes;
// std::uniform_int_distribution and friends differ between standard libraries.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}

    // Uniform in [0, n), without modulo bias.
    quint64 below(quint64 n)
    {
        const quint64 reject = (0 - n) % n; // 2^64 mod n: the incomplete last block
        quint64 r = m_engine();
        while (r < reject)
            r = m_engine();
        return r % n;
    }
    // Uniform in [lo, hi].
    int between(int lo, int hi) { return lo + int(below(quint64(hi - lo) + 1)); }
    bool permille(int p) { return int(below(1000)) < p; }
    const QString &pick(const QStringList &list)
    {
        return list.at(int(below(quint64(list.size()))));
    }

private:
    std::mt19937_64 m_engine;
};

// Values with integer weights: a pick is proportional to the weight.
class Table
{
public:
    Table(std::initializer_list<std::pair<const char *, int>> entries)
    {
        for (const auto &[value, weight] : entries) {
            m_total += weight;
            m_values << QString::fromUtf8(value);
            m_cumulative.push_back(m_total);
        }
    }
    const QString &pick(Rng &rng) const
    {
        const int r = int(rng.below(quint64(m_total)));
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r);
        return m_values.at(int(it - m_cumulative.begin()));
    }

private:
    QStringList m_values;
    std::vector<int> m_cumulative;
    int m_total = 0;
};

QStringList split(const char *pipeSeparated)
{
    return QString::fromUtf8(pipeSeparated).split(QLatin1Char('|'));
}

struct Names
{
    QStringList family;
    QStringList familyFemale; // empty where family names do not change with gender
    QStringList male;
    QStringList female;
    bool spacedGivenNames = true; // false for scripts that write given names without spaces
};

Names names(const char *family, const char *familyFemale, const char *male, const char *female,
            bool spaced = true)
{
    return {split(family), familyFemale ? split(familyFemale) : QStringList(), split(male),
            split(female), spaced};
}

// Where people come from: a nationality, its weight in the caseload, the names as recorded in
// Latin script, and for some the names as recorded in their own script (a share of records).
struct Origin
{
    QString nationality;
    int weight;
    Names latin;
    Names native;
    int nativePermille = 0;
};

struct Catalogue
{
    std::vector<Origin> origins;
    std::vector<int> originCumulative;
    int originTotal = 0;
    QStringList caseworkers;
    QStringList offences;
    QStringList seriousOffences;
    QStringList centres;
    QStringList noteTemplates;

    const Origin &pickOrigin(Rng &rng) const
    {
        const int r = int(rng.below(quint64(originTotal)));
        const auto it = std::upper_bound(originCumulative.begin(), originCumulative.end(), r);
        return origins.at(size_t(it - originCumulative.begin()));
    }
};

const Catalogue &catalogue()
{
    static const Catalogue c = [] {
        Catalogue c;
        const Names arabic = names(
            "محمد|علي|حسن|الجبوري|كريم|عباس|الساعدي|جابر|محمود|صالح|عثمان|إبراهيم", nullptr,
            "أحمد|علي|مصطفى|حيدر|عمر|حسين|يوسف|حمزة|عبد الله|خالد", "زينب|نور|هدى|أمينة|فاطمة");
        const Names persian = names("محمدی|حسینی|رضایی|احمدی|کریمی|مرادی|جعفری|رحیمی", nullptr,
                                    "رضا|مهدی|امیر|سعید|حسین|آرش|بهنام", "مریم|شیرین|لیلا|پریسا");
        const Names afghan = names("احمدزی|پوپل|ستانکزی|نوری|صافی|وردک|حیدری", nullptr,
                                   "احمد|فرید|جاوید|نوید|شفیق|رحمت|وحید", "فرزانه|مریم|شبنم");
        const Names urdu = names("خان|احمد|حسین|ملک|اقبال|قریشی", nullptr,
                                 "محمد|عمران|بلال|طارق|عثمان|فیصل", "عائشہ|فاطمہ|نادیہ");
        const Names russian = names("Иванов|Смирнов|Кузнецов|Попов|Соколов|Волков|Морозов|Лебедев",
                                    "Иванова|Смирнова|Кузнецова|Попова|Соколова|Волкова|Морозова",
                                    "Алексей|Дмитрий|Сергей|Андрей|Николай|Михаил|Владимир|Игорь",
                                    "Ольга|Наталья|Екатерина|Анна");
        const Names ukrainian = names(
            "Шевченко|Коваленко|Бондаренко|Ткаченко|Кравченко|Мельник|Бойко|Коваль", nullptr,
            "Олександр|Андрій|Сергій|Богдан|Тарас|Юрій|Віталій|Іван", "Олена|Оксана|Ірина|Юлія");
        const Names chinese = names("王|李|张|刘|陈|杨|黄|赵|周|吴", nullptr,
                                    "伟|军|浩|磊|强|建华|明|涛|志强", "秀英|丽娜|芳|静|婷", false);
        const auto add = [&c](const char *nationality, int weight, Names latin,
                              Names native = Names(), int nativePermille = 0) {
            c.origins.push_back(Origin{QString::fromLatin1(nationality), weight, std::move(latin),
                                       std::move(native), nativePermille});
        };
        add("POL", 10,
            names("Wiśniewski|Kowalski|Wójcik|Kamiński|Lewandowski|Zieliński|Dąbrowski|Szymański",
                  "Wiśniewska|Kowalska|Wójcik|Kamińska|Lewandowska|Zielińska|Dąbrowska",
                  "Łukasz|Paweł|Krzysztof|Michał|Grzegorz|Tomasz|Jędrzej|Piotr",
                  "Małgorzata|Agnieszka|Katarzyna|Zofia"));
        add("ALB", 9,
            names("Hoxha|Berisha|Krasniqi|Shehu|Çela|Gjoka|Dervishi|Leka|Xhafa", nullptr,
                  "Arbën|Besnik|Ilir|Gëzim|Dritan|Fatmir|Ardit|Erjon",
                  "Blerina|Drita|Mirela|Ardita"));
        add("ROU", 8,
            names("Popescu|Ionescu|Dumitrescu|Stănescu|Țurcanu|Munteanu|Constantinescu|Răducanu",
                  nullptr, "Ștefan|Andrei|Mihai|Ionuț|Florin|Cătălin|Bogdan|Răzvan",
                  "Ioana|Mădălina|Ana-Maria|Elena"));
        add("JAM", 7,
            names("Campbell|Brown|Williams|Thompson|Clarke|Reid|Morgan|Grant|Francis|McKenzie",
                  nullptr, "Andre|Dwayne|Marlon|Delroy|Kemar|Ricardo|Shane|Tyrone",
                  "Shanice|Keisha|Tanisha|Zoë|Marcia"));
        add("NGA", 6,
            names("Okonkwo|Adeyemi|Okafor|Chukwu|Balogun|Eze|Nwosu|Adebayo|Ogunleye|Obi", nullptr,
                  "Chinedu|Emeka|Oluwaseun|Tunde|Ikenna|Babatunde|Chukwuemeka|Adewale",
                  "Ngozi|Chiamaka|Funmilayo|Adaeze"));
        add("IRQ", 5,
            names("Al-Jabouri|Hassan|Kareem|Abbas|Al-Saadi|Jaber|Mahmoud|Saleh", nullptr,
                  "Ahmed|Ali|Mustafa|Haider|Omar|Karwan|Hussein|Rebwar", "Zainab|Noor|Shirin|Huda"),
            arabic, 500);
        add("LTU", 5,
            names("Kazlauskas|Petrauskas|Jankauskas|Žukauskas|Stankevičius|Vasiliauskas|Butkus",
                  "Kazlauskienė|Petrauskaitė|Jankauskienė|Žukauskaitė|Stankevičiūtė",
                  "Žilvinas|Mindaugas|Tomas|Darius|Arūnas|Šarūnas|Jonas|Vytautas",
                  "Rūta|Aušra|Jurgita|Eglė"));
        add("PAK", 5,
            names("Khan|Ahmed|Hussain|Malik|Iqbal|Butt|Chaudhry|Qureshi|Raza", nullptr,
                  "Muhammad|Imran|Asif|Bilal|Zahid|Tariq|Usman|Faisal",
                  "Ayesha|Fatima|Nadia|Saima"),
            urdu, 200);
        add("IND", 4,
            names("Singh|Patel|Sharma|Kumar|Gill|Sandhu|Reddy|Nair", nullptr,
                  "Gurpreet|Harjit|Rajesh|Amit|Sukhwinder|Vikram|Manpreet|Arjun",
                  "Priya|Harpreet|Sunita|Anjali"));
        add("IRN", 4,
            names("Mohammadi|Hosseini|Rezaei|Ahmadi|Karimi|Moradi|Jafari|Rahimi", nullptr,
                  "Reza|Mehdi|Amir|Saeed|Hossein|Arash|Behnam|Dariush",
                  "Maryam|Shirin|Leila|Parisa"),
            persian, 500);
        add("AFG", 4,
            names("Ahmadzai|Popal|Stanikzai|Karimi|Noori|Safi|Wardak|Haidari", nullptr,
                  "Ahmad|Farid|Jawed|Naveed|Shafiq|Rahmat|Wahid|Zabihullah",
                  "Farzana|Mariam|Shabnam|Zarghona"),
            afghan, 500);
        add("SOM", 4,
            names("Mohamed|Ali|Hassan|Abdi|Farah|Omar|Warsame|Nur", nullptr,
                  "Abdirahman|Mahad|Abdullahi|Yusuf|Liban|Hamza", "Hodan|Amina|Sahra|Faadumo"),
            arabic, 300);
        add("VNM", 4,
            names("Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Đặng", nullptr,
                  "Văn Hùng|Văn Minh|Đức Anh|Quốc Bảo|Thanh Tùng|Văn Thắng|Minh Tuấn|Hữu Phước",
                  "Thị Lan|Thị Hương|Ngọc Anh|Thị Mai"));
        add("CHN", 4,
            names("Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Zhou", nullptr,
                  "Wei|Jun|Hao|Lei|Qiang|Jianhua|Ming|Tao", "Xiuying|Lina|Fang|Jing"),
            chinese, 600);
        add("TUR", 3,
            names("Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Doğan|Kılıç", nullptr,
                  "Mehmet|Mustafa|Ahmet|Hüseyin|İbrahim|Emre|Burak|Oğuz",
                  "Ayşe|Fatma|Gülşen|Özlem"));
        const Names lusophone =
            names("Gonçalves|Conceição|Simões|Araújo|Magalhães|Fernandes|Gomes|Brandão", nullptr,
                  "João|António|Luís|Sebastião|Tiago|Gonçalo|Rúben|André",
                  "Inês|Conceição|Lúcia|Beatriz");
        add("PRT", 2, lusophone);
        add("BRA", 1, lusophone);
        const Names hispanic =
            names("García|Rodríguez|Martínez|López|Sánchez|Pérez|Gómez|Muñoz|Hernández", nullptr,
                  "José|Jesús|Andrés|Iván|Sebastián|Rubén|Joaquín|Óscar",
                  "María José|Begoña|Mónica|Lucía");
        add("COL", 1, hispanic);
        add("ESP", 1, hispanic);
        add("RUS", 2,
            names("Ivanov|Smirnov|Kuznetsov|Popov|Sokolov|Volkov|Morozov|Lebedev",
                  "Ivanova|Smirnova|Kuznetsova|Popova|Sokolova|Volkova|Morozova",
                  "Aleksei|Dmitri|Sergei|Andrei|Nikolai|Mikhail|Vladimir|Igor",
                  "Olga|Natalia|Ekaterina|Anna"),
            russian, 600);
        add("UKR", 2,
            names("Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Melnyk|Boyko|Koval",
                  nullptr, "Oleksandr|Andriy|Serhiy|Bohdan|Taras|Yuriy|Vitaliy|Ivan",
                  "Olena|Oksana|Iryna|Yuliia"),
            ukrainian, 600);
        add("SDN", 2,
            names("Osman|Abdalla|Ibrahim|Adam|Musa|Elamin", nullptr,
                  "Mohamed|Ahmed|Omar|Yasir|Khalid|Hamid", "Amna|Sara|Hiba"),
            arabic, 500);
        add("ERI", 2,
            names("Tesfaye|Gebremedhin|Haile|Tekle|Berhane|Kidane", nullptr,
                  "Yonas|Dawit|Samuel|Filmon|Robel|Habtom", "Selam|Helen|Luwam"));
        add("GHA", 2,
            names("Mensah|Owusu|Boateng|Asante|Acheampong|Osei", nullptr,
                  "Kwame|Kofi|Yaw|Kwabena|Kwaku|Kojo", "Akosua|Ama|Abena"));
        add("NLD", 1,
            names("de Vries|van den Berg|Jansen|Bakker|Visser|Smit|de Jong", nullptr,
                  "Daan|Joël|Sem|Thijs|Bram|Noël", "Zoë|Anouk|Noëlle|Fenna"));
        add("ZWE", 1,
            names("Moyo|Ncube|Dube|Sibanda|Chikwanha|Mpofu", nullptr,
                  "Tendai|Tatenda|Farai|Blessing|Tinashe", "Rutendo|Nyasha|Chipo"));
        for (const Origin &o : c.origins) {
            c.originTotal += o.weight;
            c.originCumulative.push_back(c.originTotal);
        }
        // By unit: 0-7 CC Liverpool, 8-14 CC Leeds, 15-17 CC Croydon, 18-19 elsewhere.
        c.caseworkers = split("sokafor|jmensah|aharris|pnowak|rkhan|lchen|mwilliams|dpatel|"
                              "ebrown|tokoye|hsmith|kjones|nali|sclarke|bevans|gthompson|"
                              "ywright|fmurphy|cwalker|oadeyemi");
        c.offences = split(
            "Possession with intent to supply Class A drugs|Burglary|Robbery|"
            "Assault occasioning actual bodily harm|Fraud by false representation|"
            "Possession of a false identity document|Theft|Conspiracy to supply controlled drugs|"
            "Dangerous driving|Money laundering|Handling stolen goods|"
            "Possession of an offensive weapon|Affray|Breach of a deportation order");
        c.seriousOffences =
            split("Grievous bodily harm with intent|Rape|Manslaughter|Murder|"
                  "Causing death by dangerous driving|Human trafficking|Kidnapping|"
                  "Possession of a firearm with intent|Importation of Class A drugs");
        c.centres = split("Becket House|Eaton House|Festival Court|Dallas Court|Brand Street|"
                          "Longbenton|Vulcan House|Sandford House|Lambert House|Waterside Court|"
                          "Reliance House|Loughborough|Luton Police Station");
        // {centre} = the person's reporting centre, {date} = a date.
        c.noteTemplates = {
            QStringLiteral("Reported at {centre} on {date}. Confirmed address unchanged; no new "
                           "circumstances."),
            QStringLiteral(
                "No show at {centre} on {date}. Phoned the mobile number on file: no answer, "
                "voicemail left."),
            QStringLiteral("Solicitor e-mailed on {date}: further representations to follow within "
                           "14 days. Barrier recorded; review again in a month."),
            QStringLiteral(
                "Asked {centre} to arrange an ETD interview at the next reporting event. "
                "No feedback received yet (chased {date})."),
            QStringLiteral("3-monthly review done {date}. Deportation order awaiting signature; "
                           "next step is to chase the decision maker."),
            QStringLiteral("Team leader check {date}: notes up to date, action plan agreed."),
            QStringLiteral("Police (Operation Nexus) shared intelligence on {date}; passed to the "
                           "Nexus High Harm Team."),
            QStringLiteral("Person attended {centre} on {date} with a friend; gives a different "
                           "address. Asked for proof of address.")};
        return c;
    }();
    return c;
}

// Tables of the caseload's proportions. Empty values stand for "not known" in CID.
const Table &mappaTable()
{
    static const Table t{{"0", 46}, {"", 22}, {"1", 14}, {"2", 3}, {"3", 1}, {"EX", 14}};
    return t;
}
const Table &harmTable()
{
    static const Table t{{"A", 8}, {"B", 22}, {"C", 38}, {"D", 27}, {"", 5}};
    return t;
}
const Table &deportationTable()
{
    static const Table t{
        {"SERVED", 40}, {"ORDER_SIGNED", 25}, {"PENDING", 22}, {"NONE", 8}, {"", 5}};
    return t;
}
const Table &frequencyTable()
{
    // Most CC cases report weekly (6.64), others fortnightly to 3-monthly (6.63).
    static const Table t{{"WEEKLY", 72},   {"FORTNIGHTLY", 11}, {"MONTHLY", 9},
                         {"QUARTERLY", 5}, {"NONE", 1},         {"", 2}};
    return t;
}
const Table &barrierTypeTable()
{
    static const Table t{{"FURTHER_REPS", 30},
                         {"ASYLUM", 28},
                         {"APPEAL", 20},
                         {"JUDICIAL_REVIEW", 13},
                         {"MODERN_SLAVERY", 9}};
    return t;
}
const Table &detainedUnitTable()
{
    static const Table t{{"CC Croydon", 80},
                         {"National Removals Command", 5},
                         {"Border Force", 3},
                         {"NO UNIT", 3},
                         {"", 4},
                         {"UKVI Complex Casework", 2},
                         {"NOT IN USE", 1},
                         {"LIT London", 2}};
    return t;
}
const Table &communityUnitTable()
{
    // "CC" stands for the Criminal Casework unit chosen by band; the rest is the muddle of
    // unclear and obsolete owners the report found (6.10, 6.16, 6.45).
    static const Table t{{"CC", 72},
                         {"UKVI Complex Casework", 5},
                         {"Border Force", 3},
                         {"National Removals Command", 4},
                         {"NO UNIT", 4},
                         {"NOT IN USE", 3},
                         {"LIT North West", 2},
                         {"LIT London", 2},
                         {"", 5}};
    return t;
}
const Table &ccWindowTable()
{
    // CC often set all-day windows (6.66).
    static const Table t{
        {"10:00-11:00", 45}, {"10:00-16:00", 45}, {"09:00-10:00", 5}, {"14:00-15:00", 5}};
    return t;
}
const Table &centreWindowTable()
{
    static const Table t{
        {"10:00-11:00", 70}, {"10:00-16:00", 10}, {"09:00-10:00", 8}, {"14:00-15:00", 8}, {"", 4}};
    return t;
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// A stored timestamp (UTC) for `time` ("14:00:00") on day `d` in the user's time zone: a check
// made at two in the afternoon of the as-of day is on that day wherever the demo is made.
QString stampAt(const QDate &d, const char *time)
{
    return QDateTime(d, QTime::fromString(QLatin1String(time), Qt::ISODate))
        .toUTC()
        .toString(Qt::ISODate);
}

// Case reference prefix by case type, so references stay unique across types.
QString casePrefix(const QString &caseType)
{
    static const QHash<QString, QString> prefixes{
        {QStringLiteral("CRIMINAL"), QStringLiteral("CC")},
        {QStringLiteral("ASYLUM"), QStringLiteral("AS")},
        {QStringLiteral("FURTHER_REPS"), QStringLiteral("FR")},
        {QStringLiteral("APPEAL"), QStringLiteral("AP")},
        {QStringLiteral("JUDICIAL_REVIEW"), QStringLiteral("JR")},
        {QStringLiteral("MODERN_SLAVERY"), QStringLiteral("MS")},
        {QStringLiteral("OTHER"), QStringLiteral("OT")}};
    return prefixes.value(caseType, QStringLiteral("OT"));
}

// Yields one invented person after another for PersonStore::addPeople, so even a very large
// caseload is never held in memory at once.
class PersonFactory
{
public:
    PersonFactory(const DemoGenerator::Options &options, const QDate &asOf)
        : m_rng(options.seed), m_total(options.persons), m_asOf(asOf),
          m_featuredCount(std::min(options.persons, FeaturedPeople))
    {
        // Gaps between person numbers look like a real extract's, while 7 digits last for
        // any caseload the app offers.
        m_maxGap = std::clamp(9000000 / std::max(m_total, 1), 1, 40);
        m_personNumber = 400000 + int(m_rng.below(20000));
    }

    bool next(PersonStore::NewPerson &out);
    // People chosen, evenly across the caseload, to carry notes and band overrides.
    const QStringList &featured() const { return m_featured; }

    static constexpr int FeaturedPeople = 24;

private:
    struct DatedCase
    {
        int year;
        CidCase c;
    };

    QString nextCaseRef(const QString &caseType, int year);
    void makeName(PersonDetails &d);
    CidCase makeIndexCase(bool detained, int &year);
    QString unitFor(bool detained, int band);
    QString ownerFor(const QString &unit);
    QString flagsFor(const QString &unit, bool detained, int band);

    Rng m_rng;
    int m_total;
    QDate m_asOf;
    int m_index = 0;
    int m_personNumber = 0;
    int m_maxGap = 1;
    QHash<QString, int> m_caseNumbers; // last number per prefix and year
    int m_featuredCount;
    QStringList m_featured;
};

QString PersonFactory::nextCaseRef(const QString &caseType, int year)
{
    const QString prefix = casePrefix(caseType);
    int &number = m_caseNumbers[prefix + QString::number(year)];
    number += 1 + int(m_rng.below(3));
    return QStringLiteral("%1/%2/%3").arg(prefix).arg(year).arg(number, 6, 10, QLatin1Char('0'));
}

void PersonFactory::makeName(PersonDetails &d)
{
    const Catalogue &cat = catalogue();
    const Origin &origin = cat.pickOrigin(m_rng);
    d.nationality = origin.nationality;
    const int g = int(m_rng.below(1000));
    d.gender = g < 880   ? QStringLiteral("M")
               : g < 990 ? QStringLiteral("F")
               : g < 995 ? QStringLiteral("X")
                         : QString();
    const bool female =
        d.gender == QLatin1String("F") || (d.gender != QLatin1String("M") && m_rng.permille(500));
    const bool native = !origin.native.family.isEmpty() && m_rng.permille(origin.nativePermille);
    const Names &n = native ? origin.native : origin.latin;
    d.familyName = m_rng.pick(female && !n.familyFemale.isEmpty() ? n.familyFemale : n.family);
    const QStringList &given = female ? n.female : n.male;
    if (m_rng.permille(10)) {
        d.givenNames.clear(); // CID sometimes holds no given name
    } else {
        d.givenNames = m_rng.pick(given);
        if (n.spacedGivenNames && m_rng.permille(150)) {
            const QString second = m_rng.pick(given);
            if (second != d.givenNames)
                d.givenNames += QLatin1Char(' ') + second;
        }
    }
}

CidCase PersonFactory::makeIndexCase(bool detained, int &year)
{
    const Catalogue &cat = catalogue();
    CidCase c;
    c.caseType = QStringLiteral("CRIMINAL");
    c.caseStatus = QStringLiteral("OPEN");
    c.mappaLevel = mappaTable().pick(m_rng);
    c.harm = harmTable().pick(m_rng);
    if (!m_rng.permille(70)) {
        // Mostly 1-5 years; some over 60 months, which alone makes band 1.
        c.sentenceMonths = m_rng.permille(150) ? m_rng.between(61, 120)
                                               : 12 + m_rng.between(0, 24) + m_rng.between(0, 24);
    }
    const bool serious = (c.sentenceMonths && *c.sentenceMonths > 60) ||
                         c.mappaLevel == QLatin1String("2") || c.mappaLevel == QLatin1String("3");
    c.offence = m_rng.pick(serious ? cat.seriousOffences : cat.offences);
    c.custody = detained ? Codes::detained() : Codes::nonDetained();
    c.deportationDecision = deportationTable().pick(m_rng);
    QDate end;
    if (c.sentenceMonths) {
        if (detained && m_rng.permille(300))
            end = m_asOf.addDays(m_rng.between(1, 900)); // still serving
        else if (detained)
            end = m_asOf.addDays(-m_rng.between(1, 720));
        else
            end = m_asOf.addDays(-m_rng.between(30, 3000));
    } else if (m_rng.permille(300)) {
        end = m_asOf.addDays(-m_rng.between(30, 3000));
    }
    if (end.isValid())
        c.sentenceEnd = isoDate(end);
    // The case was opened around conviction: roughly half the sentence before its end.
    const QDate opened =
        end.isValid()
            ? end.addMonths(-(c.sentenceMonths.value_or(0) / 2)).addDays(-m_rng.between(30, 400))
            : m_asOf.addDays(-m_rng.between(365, 3650));
    year = std::clamp(std::min(opened, m_asOf.addDays(-30)).year(), 2004, m_asOf.year());
    return c;
}

QString PersonFactory::unitFor(bool detained, int band)
{
    if (detained)
        return detainedUnitTable().pick(m_rng);
    const QString unit = communityUnitTable().pick(m_rng);
    if (unit != QLatin1String("CC"))
        return unit;
    // Bands 1-2 belong to CC Liverpool and 3-4 to CC Leeds (6.4), with the odd case left at
    // Croydon after release or at the wrong office.
    const int r = int(m_rng.below(100));
    const QString liverpool = QStringLiteral("CC Liverpool");
    const QString leeds = QStringLiteral("CC Leeds");
    if (r < 3)
        return QStringLiteral("CC Croydon");
    if (r < 93)
        return band <= 2 ? liverpool : leeds;
    return band <= 2 ? leeds : liverpool;
}

QString PersonFactory::ownerFor(const QString &unit)
{
    const QStringList &all = catalogue().caseworkers;
    struct Pool
    {
        int from, count, blankPermille;
    };
    // Criminal Casework cases mostly have an owner; elsewhere ownership is often unclear.
    Pool pool{18, 2, 350};
    if (unit == QLatin1String("CC Liverpool"))
        pool = {0, 8, 80};
    else if (unit == QLatin1String("CC Leeds"))
        pool = {8, 7, 80};
    else if (unit == QLatin1String("CC Croydon"))
        pool = {15, 3, 80};
    else if (unit.isEmpty() || unit == QLatin1String("NO UNIT") ||
             unit == QLatin1String("NOT IN USE"))
        pool = {0, int(all.size()), 600};
    if (m_rng.permille(pool.blankPermille))
        return QString();
    return all.at(pool.from + m_rng.between(0, pool.count - 1));
}

QString PersonFactory::flagsFor(const QString &unit, bool detained, int band)
{
    QStringList flags;
    // Operation Zincs marks criminality on cases Criminal Casework does not own (6.12).
    const bool cc = unit.startsWith(QLatin1String("CC "));
    if (m_rng.permille(cc ? 20 : 700))
        flags << QStringLiteral("ZINCS");
    if (m_rng.permille(band == 1 ? 80 : 25))
        flags << QStringLiteral("NEXUS_HH");
    if (!detained && m_rng.permille(55))
        flags << QStringLiteral("EM");
    if (m_rng.permille(40))
        flags << QStringLiteral("ACRO");
    return flags.join(QLatin1Char(';'));
}

bool PersonFactory::next(PersonStore::NewPerson &out)
{
    if (m_index >= m_total)
        return false;
    const Catalogue &cat = catalogue();
    out = PersonStore::NewPerson();
    PersonDetails &d = out.details;
    m_personNumber += 1 + int(m_rng.below(quint64(m_maxGap)));
    d.personRef = QStringLiteral("P%1").arg(m_personNumber, 7, 10, QLatin1Char('0'));
    makeName(d);
    if (!m_rng.permille(20)) {
        // 18 to 61, most between their mid-twenties and forties.
        const int age = 18 + m_rng.between(0, 19) + m_rng.between(0, 24);
        d.dateOfBirth = isoDate(m_asOf.addYears(-age).addDays(-m_rng.between(0, 364)));
    }
    const int a = int(m_rng.below(1000));
    d.addressStatus = a < 80    ? QStringLiteral("NFA")
                      : a < 980 ? QStringLiteral("FIXED")
                                : QString();

    const bool detained = m_rng.permille(150);
    int indexYear = 0;
    std::vector<DatedCase> cases;
    cases.push_back({0, makeIndexCase(detained, indexYear)});
    cases.front().year = indexYear;
    const int lastYear = m_asOf.year();

    // About 80% have at least one open barrier to removal (6.13).
    const int barriers = m_rng.permille(800) ? (m_rng.permille(120) ? 2 : 1) : 0;
    static const int caseCountWeights[] = {20, 40, 28, 12}; // 1, 2, 3, 4 cases
    int r = int(m_rng.below(100)), drawn = 1;
    for (int w : caseCountWeights) {
        if (r < w)
            break;
        r -= w;
        ++drawn;
    }
    const int total = std::max(drawn, 1 + barriers);
    for (int i = 0; i < barriers; ++i) {
        CidCase c;
        c.caseType = barrierTypeTable().pick(m_rng);
        c.caseStatus = QStringLiteral("OPEN");
        cases.push_back({m_rng.between(std::min(indexYear, lastYear), lastYear), c});
    }
    for (int i = 1 + barriers; i < total; ++i) {
        CidCase c;
        const int kind = int(m_rng.below(100));
        int year = 0;
        if (kind < 40) { // an earlier claim, refused or withdrawn
            c.caseType = barrierTypeTable().pick(m_rng);
            c.caseStatus = QStringLiteral("CLOSED");
            year = m_rng.between(std::min(indexYear - 2, lastYear), lastYear);
        } else if (kind < 75) { // some other application
            c.caseType = QStringLiteral("OTHER");
            c.caseStatus = m_rng.permille(600) ? QStringLiteral("CLOSED") : QStringLiteral("OPEN");
            year = m_rng.between(std::min(indexYear - 5, lastYear), lastYear);
        } else { // an earlier conviction
            c.caseType = QStringLiteral("CRIMINAL");
            c.caseStatus = QStringLiteral("CLOSED");
            year = std::max(2000, indexYear - m_rng.between(1, 6));
            c.mappaLevel = m_rng.permille(500) ? QStringLiteral("0") : QString();
            c.harm = m_rng.permille(500) ? QStringLiteral("D") : QStringLiteral("C");
            if (m_rng.permille(800))
                c.sentenceMonths = m_rng.between(12, 36);
            c.offence = m_rng.pick(cat.offences);
        }
        cases.push_back({year, c});
    }
    // CID lists a person's cases in the order they were opened.
    std::stable_sort(cases.begin(), cases.end(),
                     [](const DatedCase &x, const DatedCase &y) { return x.year < y.year; });
    out.cases.clear();
    for (DatedCase &dc : cases) {
        dc.c.personRef = d.personRef;
        dc.c.caseRef = nextCaseRef(dc.c.caseType, dc.year);
        out.cases << dc.c;
    }

    // Ownership follows the band, so the band is worked out as the store will.
    int openBarriers = 0;
    for (const CidCase &c : out.cases)
        openBarriers += c.isOpenBarrier() ? 1 : 0;
    const int band = Banding::compute(RiskProfile::fromCases(out.cases), openBarriers).band;
    const QString unit = unitFor(detained, band);
    const QString owner = ownerFor(unit);
    for (CidCase &c : out.cases) {
        if (c.isCriminal()) {
            c.owningUnit = unit;
            c.caseOwner = owner;
            continue;
        }
        const int who = int(m_rng.below(100));
        if (who < 50) {
            c.owningUnit = unit;
            c.caseOwner = owner;
        } else if (who < 80) {
            c.owningUnit = QStringLiteral("UKVI Complex Casework");
        }
    }
    for (CidCase &c : out.cases) {
        if (!c.isCriminal() || !c.isOpen())
            continue;
        // The open criminal case carries the reporting conditions and the flags.
        if (detained) {
            c.reportingFrequency = m_rng.permille(600) ? QStringLiteral("NONE") : QString();
        } else {
            c.reportingFrequency = frequencyTable().pick(m_rng);
            if (!c.reportingFrequency.isEmpty() && c.reportingFrequency != QLatin1String("NONE")) {
                if (!m_rng.permille(30))
                    c.reportingCentre = m_rng.pick(cat.centres);
                c.reportingWindow =
                    (unit.startsWith(QLatin1String("CC ")) ? ccWindowTable() : centreWindowTable())
                        .pick(m_rng);
            }
        }
        c.flags = flagsFor(unit, detained, band);
    }

    if (m_featured.size() < m_featuredCount &&
        qint64(m_index) * m_featuredCount >= qint64(m_featured.size()) * m_total)
        m_featured << d.personRef;
    ++m_index;
    return true;
}

// The demo's writes through the public store methods are audited as the person who would have
// made them; the connection's own user comes back at the end.
struct ActingAs
{
    explicit ActingAs(QSqlDatabase d) : db(std::move(d)), previous(Session::user(db)) {}
    ~ActingAs() { Session::setUser(db, previous); }
    void as(const QString &user) const { Session::setUser(db, user); }
    QSqlDatabase db;
    QString previous;
};

// Notes and overrides on the featured people, so a demo person record has a timeline and a
// band history. Separate randomness keeps the people independent of how many are featured.
// Their writes go through the public store methods, so each has its audit trail, with the
// record opened by its owner first and looked at again by a team leader for some.
Status addNotesAndOverrides(QSqlDatabase db, const QStringList &featured, quint64 seed,
                            const QDate &asOf)
{
    const ActingAs acting(db);
    AuditStore audit(db);
    const Catalogue &cat = catalogue();
    Rng rng(seed ^ 0x9e3779b97f4a7c15ULL);
    PersonStore people(db);
    NoteStore notes(db);
    BandOverrideStore overrides(db);
    for (int k = 0; k < featured.size(); ++k) {
        const auto found = people.findByRef(featured.at(k));
        if (!found)
            return found.status();
        if (!found.value())
            continue;
        const PersonRecord &p = *found.value();
        const QString centre = p.reportingCentre.isEmpty() ? QStringLiteral("the reporting centre")
                                                           : p.reportingCentre;
        const QString author = p.caseOwner.isEmpty() ? rng.pick(cat.caseworkers) : p.caseOwner;
        acting.as(author);
        if (Status s = audit.recordOpened(p.id); !s)
            return s;
        const int count = rng.between(1, 2);
        for (int i = 0; i < count; ++i) {
            const QString when = isoDate(asOf.addDays(-rng.between(1, 180)));
            const QString body = QString(rng.pick(cat.noteTemplates))
                                     .replace(QLatin1String("{centre}"), centre)
                                     .replace(QLatin1String("{date}"), when);
            // Dated the day it speaks of, not by the clock, so the notes written in a period
            // (what a QA sample draws from) are the same on every run.
            if (const auto added = notes.addInTransaction(
                    p.id, body, author, stampAt(QDate::fromString(when, Qt::ISODate), "16:45:00"),
                    QString(), 0);
                !added)
                return added.status();
        }
        // A dated next step in the diary: some overdue, some this week, some done.
        static const char *const actions[] = {"3-monthly review of the case",
                                              "Chase the ETD interview with the embassy",
                                              "Check the outcome of the further representations",
                                              "Bail hearing: prepare the summary of grounds",
                                              "Confirm reporting conditions with the centre"};
        DiaryEntry entry;
        entry.personId = p.id;
        entry.due = asOf.addDays(rng.between(-14, 21));
        entry.title = QString::fromLatin1(actions[rng.below(5)]);
        const auto added = DiaryStore(db).add(entry, author);
        if (!added)
            return added.status();
        if (rng.permille(250))
            if (Status s = DiaryStore(db).setDone(added.value(), true, author, 1); !s) // new: 1
                return s;
        // Some restrictions set in Lodestar: an all-day window narrowed with the centre.
        if (k % 5 == 0 && ReportingWindow::isLong(p.reportingWindow)) {
            auto current = RestrictionStore(db).current(p.id);
            if (!current)
                return current.status();
            ReportingRestriction r = current.value();
            r.window = QStringLiteral("10:00-11:00");
            r.weekday = rng.between(1, 5);
            r.reason = QStringLiteral("One-hour window agreed with the centre so an arrest team "
                                      "can be tasked.");
            const auto version = personVersion(db, p.id);
            if (!version)
                return version.status();
            if (auto set = RestrictionStore(db).set(r, author, version.value()); !set)
                return set.status();
        }
        // Taskings of the person's centre: some open for the next event, some fed back.
        if (!p.reportingCentre.isEmpty() && k % 3 != 2) {
            Tasking t;
            t.personId = p.id;
            t.centre = p.reportingCentre;
            t.kind = Tasking::kinds().at(int(rng.below(quint64(Tasking::kinds().size()))));
            t.dueOn = asOf.addDays(k % 3 == 0 ? rng.between(1, 7) : -rng.between(7, 60));
            t.reportingWindow = p.reportingWindow;
            t.instructions = QStringLiteral("Please see him at the start of the window.");
            const auto tasked = TaskingStore(db).create(t, author, true);
            if (!tasked)
                return tasked.status();
            if (k % 3 == 1) {
                if (Status s = TaskingStore(db).recordFeedback(
                        tasked.value(),
                        rng.permille(700) ? QStringLiteral("done") : QStringLiteral("not_attended"),
                        QStringLiteral("Seen by the duty officer; notes on file."),
                        QStringLiteral("centre.officer"), 1); // just created: version 1
                    !s)
                    return s;
            }
        }
        if (k % 4 != 1 || !p.bandComputed)
            continue;
        // A plausible reason for each direction a team leader might move a band.
        std::optional<int> band;
        QString reason;
        switch (*p.bandComputed) {
        case 1:
            band = 2;
            reason = QStringLiteral("Sentence over 60 months was consecutive short terms; "
                                    "managed as MAPPA 1. Agreed with team leader.");
            break;
        case 2:
            band = 1;
            reason = QStringLiteral("Police intelligence (Operation Nexus) of continuing "
                                    "high-harm offending.");
            break;
        case 3:
            band = 4;
            reason = QStringLiteral("Embassy will not issue an emergency travel document at "
                                    "present: not removable.");
            break;
        default:
            band = 3;
            reason = QStringLiteral("Further representations refused with no right of appeal; "
                                    "removal can proceed.");
            break;
        }
        const QString leader = cat.caseworkers.at(int(rng.below(quint64(cat.caseworkers.size()))));
        acting.as(leader);
        if (Status s = audit.recordOpened(p.id); !s)
            return s;
        auto version = personVersion(db, p.id);
        if (!version)
            return version.status();
        if (Status s = overrides.setOverride(p.id, band, reason, leader, version.value()); !s)
            return s;
        if (k % 8 == 5) {
            version = personVersion(db, p.id);
            if (!version)
                return version.status();
            if (Status s = overrides.setOverride(
                    p.id, std::nullopt,
                    QStringLiteral("CID now records the change; the computed band is right."),
                    leader, version.value());
                !s)
                return s;
        }
    }
    return {};
}

// The day each person removed was removed, in one pass (a subquery per person would search
// every removal for each of them).
Result<QHash<qint64, QDate>> removedOn(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT person_id, MIN(outcome_on) FROM removal_directions WHERE "
                               "outcome = 'removed' GROUP BY person_id")))
        return Error{DemoGenerator::tr("Could not read the demo removals"), q.lastError().text(),
                     QString()};
    QHash<qint64, QDate> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate));
    return out;
}

// Reporting histories for the non-detained people who report. The last half-year has the
// shapes the report describes (7.20-7.28): most comply, some miss now and then, some are in a
// run of breaches now, with or without a follow-up, and about one in eight absconded, up the
// ladder to a countersigned declaration and Trace and Locate (a few located since). Before it,
// people began reporting at different times: three in ten only in the last five months, nearly
// half from 7 months to 3 1/2 years ago, their older history sparser (monthly back to a year,
// every twelve weeks before, so the event count stays bounded); some absconded before, for
// months, and were located. People removed stop reporting on the day. One transaction; its own
// randomness, and another stream for the older history, so the people and the last half-year
// stay as they were drawn.
Status addReportingHistory(QSqlDatabase db, quint64 seed, const QDate &asOf)
{
    const Catalogue &cat = catalogue();
    // Read first: on PostgreSQL a query run while a forward-only one is being read discards
    // the rows of that one not yet read.
    const auto removals = removedOn(db);
    if (!removals)
        return removals.status();
    QSqlQuery people(db);
    people.setForwardOnly(true);
    if (!people.exec(
            QStringLiteral(
                "SELECT id, person_ref, reporting_frequency, reporting_centre, reporting_window, "
                "case_owner FROM person WHERE custody = '%1' AND reporting_frequency IS "
                "NOT NULL AND reporting_frequency NOT IN ('', 'NONE') ORDER BY id")
                .arg(Codes::nonDetained())))
        return Status::fail(DemoGenerator::tr("Could not read the demo people"),
                            people.lastError().text());
    struct Reporter
    {
        qint64 id;
        QString ref, frequency, centre, window, owner;
        QDate removedOn;
    };
    QVector<Reporter> reporters;
    while (people.next()) {
        const qint64 id = people.value(0).toLongLong();
        reporters << Reporter{id,
                              people.value(1).toString(),
                              people.value(2).toString(),
                              people.value(3).toString(),
                              people.value(4).toString(),
                              people.value(5).toString(),
                              removals.value().value(id)};
    }

    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus();
    ReportingStore events(db);
    FollowUpStore ladder(db);
    DiaryStore diary(db);
    // Prepared once: every absconder's open letter follow-ups, to close them.
    QSqlQuery openLetterFollowUps(db);
    if (!openLetterFollowUps.prepare(
            QStringLiteral("SELECT id, due_date, version FROM diary_entry WHERE person_id = ? AND "
                           "kind = 'warning_letter_followup' AND done_at IS NULL ORDER BY id")))
        return Status::fail(DemoGenerator::tr("Could not read the demo diary"),
                            openLetterFollowUps.lastError().text());
    const FollowUpLadder::Thresholds thresholds;
    const QString completed = QStringLiteral("COMPLETED");
    const QString noShow = QStringLiteral("NO_SHOW");
    const QString excused = QStringLiteral("EXCUSED");
    for (const Reporter &r : reporters) {
        Rng rng(seed ^ 0x5bd1e9955bd1e995ULL ^ (quint64(r.id) * 0x9e3779b97f4a7c15ULL));
        Rng past(seed ^ 0x8cb92ba72f3d8dd7ULL ^ (quint64(r.id) * 0x9e3779b97f4a7c15ULL));
        const int every = r.frequency == QLatin1String("WEEKLY")        ? 7
                          : r.frequency == QLatin1String("FORTNIGHTLY") ? 14
                          : r.frequency == QLatin1String("MONTHLY")     ? 28
                                                                        : 91;
        const QString start =
            r.window.left(5).isEmpty() ? QStringLiteral("10:00") : r.window.left(5);
        // The last reporting day on or before the as-of date, then back half a year.
        const QDate last = asOf.addDays(-int(rng.below(quint64(every))));
        QVector<QDate> days;
        for (QDate d = last; d > asOf.addDays(-182); d = d.addDays(-every))
            days.prepend(d);
        // When reporting began: three in ten in the last five months, a quarter five to seven
        // months ago, the rest up to 3 1/2 years ago. The older events are sparser: monthly
        // back to a year ago, every twelve weeks before (or at the person's own interval).
        const int began = int(past.below(1000));
        const QDate from = asOf.addDays(-(began < 300   ? past.between(21, 149)
                                          : began < 550 ? past.between(150, 212)
                                                        : past.between(213, 1277)));
        while (days.size() > 1 && days.first() < from)
            days.removeFirst();
        QVector<QDate> older;
        const int monthly = qMax(every, 28);
        const int sparse = qMax(every, 84);
        const QDate yearAgo = asOf.addDays(-365);
        for (QDate d = days.first();;) {
            d = d.addDays(d.addDays(-monthly) > yearAgo ? -monthly : -sparse);
            if (d < from)
                break;
            older.prepend(d);
        }
        // Removed: no reporting after the flight.
        const bool removed = r.removedOn.isValid() && r.removedOn <= asOf;
        if (removed) {
            while (!days.isEmpty() && days.last() > r.removedOn)
                days.removeLast();
            while (!older.isEmpty() && older.last() > r.removedOn)
                older.removeLast();
        }
        const int n = int(days.size());
        const int roll = int(rng.below(1000));
        // Events from the end that are breaches: the current run.
        int run = 0;
        enum class Shape
        {
            Compliant,
            Patchy,
            Run,
            Absconded
        } shape = Shape::Compliant;
        if (roll < 150 && n >= 6) {
            shape = Shape::Absconded;
            run = qMin(n, rng.between(6, 16));
        } else if (roll < 210) {
            shape = Shape::Run;
            run = qMin(n, rng.between(1, 4));
        } else if (roll < 420) {
            shape = Shape::Patchy;
        }
        if (removed) { // reported until the removal
            shape = Shape::Compliant;
            run = 0;
        }
        // A few absconders were found since and report again: their last two events completed.
        const int tail = shape == Shape::Absconded && rng.permille(150) ? 2 : 0;
        run = qMin(run, n - tail);
        const int runEnd = n - tail;         // events [runEnd - run, runEnd) are the run
        const int first = int(older.size()); // number of the first of the last half-year's
        const auto dayOf = [&](int number) {
            return number < first ? older.at(number) : days.at(number - first);
        };
        // Absconded before and located: four to eleven months away and three missed events at
        // least, in the older history or, for people not in a run now, into the last half-year
        // up to 8 events before its end, so that there were absconders every month.
        int pastFrom = -1, pastLength = 0;
        const int limit =
            shape == Shape::Compliant || shape == Shape::Patchy ? first + n - 8 : first - 1;
        // About one in fourteen a year: the longer the history, the likelier.
        if (limit >= 5 && past.permille(qMin(600, int(dayOf(0).daysTo(asOf)) * 70 / 365))) {
            // Any day, not any event: the older events are fewer to the month.
            const QDate wentOn =
                dayOf(1).addDays(past.between(0, int(dayOf(1).daysTo(dayOf(limit - 3)))));
            pastFrom = 1;
            while (dayOf(pastFrom) < wentOn)
                ++pastFrom;
            const int away = past.between(120, 330);
            int to = pastFrom + 3; // the first event reported again
            while (to < limit && dayOf(pastFrom).daysTo(dayOf(to - 1)) < away)
                ++to;
            pastLength = to - pastFrom;
        }
        const auto inPastRun = [&](int number) {
            return number >= pastFrom && number < pastFrom + pastLength;
        };
        const auto add = [&](int number, const QDate &day, const QString &outcome) -> Status {
            ReportingEvent e;
            e.personId = r.id;
            e.eventRef =
                QStringLiteral("D%1-%2").arg(r.ref).arg(number + 1, 3, 10, QLatin1Char('0'));
            e.scheduled = isoDate(day) + QLatin1Char('T') + start;
            e.centre = r.centre;
            e.outcome = outcome;
            e.source = QStringLiteral("CID");
            if (outcome == excused) {
                // Most excuses were given their reason in Lodestar; some wait for one. Chosen
                // from the event's number, not the random stream, so the rest of the history
                // stays as it was for a seed.
                const int pick = int((quint64(r.id) * 31 + quint64(number)) % 10);
                if (pick < 9) {
                    e.excuseReason = pick < 6   ? QStringLiteral("illness")
                                     : pick < 8 ? QStringLiteral("court")
                                                : QStringLiteral("other");
                    if (pick == 8)
                        e.excuseText = QStringLiteral("Hospital appointment for a child");
                    e.recordedBy = r.owner.isEmpty() ? cat.caseworkers.first() : r.owner;
                    e.recordedAt = stampAt(day, "17:00:00");
                }
            }
            return events.queueInTransaction(e);
        };
        QVector<QDate> pastBreaches;
        for (int i = 0; i < first; ++i) {
            QString outcome = completed;
            if (inPastRun(i)) {
                outcome = past.permille(900) ? noShow : QString();
                pastBreaches << older.at(i);
            } else if (past.permille(15)) {
                outcome = excused;
            } else if (past.permille(15)) {
                outcome = noShow;
            }
            if (Status s = add(i, older.at(i), outcome); !s)
                return s;
        }
        QVector<QDate> breaches;
        for (int i = 0; i < n; ++i) {
            QString outcome = completed;
            if (i >= runEnd - run && i < runEnd) {
                outcome = rng.permille(700) ? noShow : QString();
                breaches << days.at(i);
            } else if (shape == Shape::Patchy && rng.permille(120)) {
                outcome = rng.permille(750) ? noShow : QString();
            } else if (rng.permille(shape == Shape::Patchy ? 60 : 15)) {
                outcome = excused;
            } else if (rng.permille(15)) {
                outcome = noShow;
            }
            if (i == runEnd - run - 1 && run > 0)
                outcome = completed;    // the run begins after a completed event
            if (inPastRun(first + i)) { // drawn all the same, so the stream stays aligned
                outcome = past.permille(900) ? noShow : QString();
                pastBreaches << days.at(i);
            }
            if (Status s = add(first + i, days.at(i), outcome); !s)
                return s;
        }
        // The next event, not yet due: not a breach whatever its (blank) outcome.
        if (!removed) {
            ReportingEvent next;
            next.personId = r.id;
            next.eventRef =
                QStringLiteral("D%1-%2").arg(r.ref).arg(first + n + 1, 3, 10, QLatin1Char('0'));
            next.scheduled = isoDate(last.addDays(every)) + QLatin1Char('T') + start;
            next.centre = r.centre;
            next.source = QStringLiteral("CID");
            if (Status s = events.queueInTransaction(next); !s)
                return s;
        }

        // Up the ladder for a run of breaches: warnings, the arrest team, the declaration (unless
        // it awaits the countersignature), Trace and Locate, and located on `located` if valid.
        QString owner = r.owner;
        const auto take = [&](const QVector<QDate> &missed, FollowUpLadder::Step step,
                              int afterBreach, int addDays,
                              const QString &outcome = QString()) -> Result<qint64> {
            FollowUpStep f;
            f.personId = r.id;
            f.step = step;
            f.takenOn =
                qMin(asOf, missed.at(qMin(afterBreach, int(missed.size()) - 1)).addDays(addDays));
            // What a caseworker would write: each step needs its outcome, a referral its notes
            // (FollowUpStep::problems).
            f.outcome = outcome;
            if (f.outcome.isEmpty()) {
                switch (step) {
                case FollowUpLadder::VerbalWarning:
                    f.outcome = QStringLiteral("Phoned: warned to report at the next appointment");
                    break;
                case FollowUpLadder::WarningLetter:
                    f.outcome = QStringLiteral("Sent to the last known address");
                    break;
                case FollowUpLadder::ArrestReferral:
                    f.outcome = QStringLiteral("Accepted by the arrest team");
                    break;
                case FollowUpLadder::AbsconderDeclaration:
                    f.outcome = QStringLiteral("Whereabouts unknown");
                    break;
                default:
                    f.outcome = QStringLiteral("Referral accepted by Trace and Locate");
                    break;
                }
            }
            if (FollowUpLadder::needsNotes(step))
                f.notes = QStringLiteral("Last known address, associates and photograph passed on");
            if (step == FollowUpLadder::AbsconderDeclaration)
                f.alternativesTried = QStringLiteral(
                    "Phone calls to the last known number; Failure to Report warning letter; "
                    "home visit by the arrest team (no trace)");
            // Recorded on the day it was taken, as a caseworker would.
            return ladder.recordInTransaction(f, owner, stampAt(f.takenOn, "16:30:00"), thresholds);
        };
        const auto climb = [&](const QVector<QDate> &missed, Rng &random,
                               bool awaitingCountersignature, const QDate &located) -> Status {
            for (const auto &[step, breach] : {std::pair{FollowUpLadder::VerbalWarning, 0},
                                               {FollowUpLadder::WarningLetter, 1},
                                               {FollowUpLadder::ArrestReferral, 2}}) {
                if (auto id = take(missed, step, breach, 1); !id)
                    return id.status();
            }
            // The letter's follow-up was done when the arrest team was asked to act.
            openLetterFollowUps.addBindValue(r.id);
            if (!openLetterFollowUps.exec())
                return Status::fail(DemoGenerator::tr("Could not read the demo diary"),
                                    openLetterFollowUps.lastError().text());
            // Each with the version read here: what setDoneInTransaction checks.
            QVector<std::tuple<qint64, QDate, int>> open;
            while (openLetterFollowUps.next())
                open << std::tuple{
                    openLetterFollowUps.value(0).toLongLong(),
                    QDate::fromString(openLetterFollowUps.value(1).toString(), Qt::ISODate),
                    openLetterFollowUps.value(2).toInt()};
            openLetterFollowUps.finish();
            for (const auto &[id, due, version] : open)
                if (Status s = diary.setDoneInTransaction(
                        id, owner, stampAt(qMin(asOf, due), "11:00:00"), version);
                    !s)
                    return s;
            auto declared = take(missed, FollowUpLadder::AbsconderDeclaration, 4, 3);
            if (!declared)
                return declared.status();
            // Not yet an absconder, and no Trace and Locate referral.
            if (awaitingCountersignature)
                return {};
            // A team leader countersigns: never the case owner who declared.
            QString leader = random.pick(cat.caseworkers);
            if (leader == owner)
                leader = cat.caseworkers.at((cat.caseworkers.indexOf(owner) + 1) %
                                            int(cat.caseworkers.size()));
            const QDate declaredOn =
                qMin(asOf, missed.at(qMin(4, int(missed.size()) - 1)).addDays(3));
            // The declaration just recorded: at its first version (1), unchanged since.
            if (Status s = ladder.countersignInTransaction(
                    declared.value(), leader,
                    stampAt(qMin(asOf, declaredOn.addDays(1)), "10:00:00"), 1);
                !s)
                return s;
            if (auto id = take(missed, FollowUpLadder::TraceLocateReferral, 4, 5); !id)
                return id.status();
            if (located.isValid()) {
                FollowUpStep f;
                f.personId = r.id;
                f.step = FollowUpLadder::Located;
                f.takenOn = located;
                f.outcome = FollowUpStore::reportingResumed();
                if (auto id = ladder.recordInTransaction(f, owner, stampAt(located, "16:30:00"),
                                                         thresholds);
                    !id)
                    return id.status();
            }
            return {};
        };
        if (!pastBreaches.isEmpty()) {
            if (owner.isEmpty())
                owner = past.pick(cat.caseworkers);
            // Found a few days before the first event they reported at again, after the
            // referral to Trace and Locate.
            const QDate located =
                qMax(pastBreaches.at(qMin(4, int(pastBreaches.size()) - 1)).addDays(5),
                     dayOf(pastFrom + pastLength).addDays(-past.between(1, 7)));
            if (Status s = climb(pastBreaches, past, false, located); !s)
                return s;
            owner = r.owner;
        }

        // Follow-up of the run: absconders went up the ladder; half the others were followed up.
        if (breaches.isEmpty() || (shape == Shape::Run && rng.permille(500)))
            continue;
        if (owner.isEmpty())
            owner = rng.pick(cat.caseworkers);
        if (shape == Shape::Run) {
            const auto step = FollowUpLadder::dueStep(int(breaches.size()), {}, thresholds);
            if (step)
                if (auto id = take(breaches, *step, int(breaches.size()) - 1, 1); !id)
                    return id.status();
            continue;
        }
        // About one declaration in eleven still waits for a team leader's countersignature.
        const QDate located = tail > 0 ? qMin(asOf, breaches.last().addDays(1)) : QDate();
        if (Status s = climb(breaches, rng, r.id % 11 == 0, located); !s)
            return s;
    }
    if (Status s = events.flushInTransaction(); !s)
        return s;
    return tx.commit();
}

// Travel documents for about four in ten of the non-detained, at every stage, as the
// embassies allow (report 7.9-7.11). Own randomness; one transaction.
Status addTravelDocuments(QSqlDatabase db, quint64 seed, const QDate &asOf)
{
    const Catalogue &cat = catalogue();
    QSqlQuery people(db);
    people.setForwardOnly(true);
    if (!people.exec(QStringLiteral("SELECT id, nationality, case_owner FROM person WHERE "
                                    "custody = '%1' ORDER BY id")
                         .arg(Codes::nonDetained())))
        return Status::fail(DemoGenerator::tr("Could not read the demo people"),
                            people.lastError().text());
    QVector<std::tuple<qint64, QString, QString>> rows;
    while (people.next())
        rows << std::make_tuple(people.value(0).toLongLong(), people.value(1).toString(),
                                people.value(2).toString());
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus();
    TravelDocumentStore store(db);
    for (const auto &[id, nationality, owner] : rows) {
        Rng rng(seed ^ 0x2545f4914f6cdd1dULL ^ (quint64(id) * 0x9e3779b97f4a7c15ULL));
        if (!rng.permille(400))
            continue;
        TravelDocument d;
        d.personId = id;
        d.kind = rng.permille(150) ? QStringLiteral("passport") : QStringLiteral("etd");
        d.embassy =
            nationality.isEmpty() ? QString() : QStringLiteral("Embassy (%1)").arg(nationality);
        const int roll = int(rng.below(100));
        d.status = roll < 15   ? QStringLiteral("to_apply")
                   : roll < 45 ? QStringLiteral("applied")
                   : roll < 60 ? QStringLiteral("interview_tasked")
                   : roll < 70 ? QStringLiteral("interviewed")
                   : roll < 90 ? QStringLiteral("issued")
                               : QStringLiteral("refused");
        if (d.status != QLatin1String("to_apply"))
            d.appliedOn = asOf.addDays(-rng.between(60, 400));
        if (d.status == QLatin1String("interview_tasked"))
            d.interviewTaskedOn = d.appliedOn.addDays(rng.between(10, 50));
        if (d.status == QLatin1String("interviewed") || d.status == QLatin1String("issued")) {
            d.interviewTaskedOn = d.appliedOn.addDays(rng.between(10, 25));
            d.interviewHeldOn = d.interviewTaskedOn.addDays(rng.between(7, 30));
        }
        if (d.status == QLatin1String("issued"))
            d.expiresOn = asOf.addDays(rng.between(-90, 180)); // some lapsed unused
        const QString by = owner.isEmpty() ? rng.pick(cat.caseworkers) : owner;
        if (auto saved = store.saveInTransaction(d, by); !saved)
            return saved.status();
    }
    return tx.commit();
}

// Outcomes of removal directions dealt from shuffled decks of 200: 137 removed (68.5%, report
// Figure 6) and 63 failed in the proportions of Figure 8 (fresh asylum claim 55, judicial
// review 35, further representations 26, not encountered 20, no enforcement visit 13) plus a
// few medical, disruptive and other. Decks rather than independent draws, so even a small
// demo shows the report's shape; an empty string is "removed".
class OutcomeDeck
{
public:
    explicit OutcomeDeck(quint64 seed) : m_rng(seed)
    {
        const std::pair<const char *, int> cards[] = {{"", 137},
                                                      {"fresh_asylum_claim", 21},
                                                      {"judicial_review", 14},
                                                      {"further_reps", 10},
                                                      {"not_encountered", 8},
                                                      {"no_enforcement_visit", 5},
                                                      {"medical", 2},
                                                      {"disruptive", 2},
                                                      {"other", 1}};
        for (const auto &[reason, n] : cards)
            for (int i = 0; i < n; ++i)
                m_cards << QString::fromLatin1(reason);
        m_next = int(m_cards.size());
    }
    QString deal()
    {
        if (m_next == int(m_cards.size())) {
            for (int i = int(m_cards.size()) - 1; i > 0; --i) // Fisher-Yates
                m_cards.swapItemsAt(i, int(m_rng.below(quint64(i) + 1)));
            m_next = 0;
        }
        return m_cards.at(m_next++);
    }

private:
    Rng m_rng;
    QStringList m_cards;
    int m_next = 0;
};

// What a failed removal's caseworker wrote: one line per reason, plain data like the notes.
QString failureText(const QString &reason)
{
    static const QHash<QString, QString> texts{
        {QStringLiteral("fresh_asylum_claim"),
         QStringLiteral("Fresh asylum claim lodged the week of the flight.")},
        {QStringLiteral("judicial_review"),
         QStringLiteral("Judicial review lodged; injunction granted against removal.")},
        {QStringLiteral("further_reps"),
         QStringLiteral("Further representations received; removal deferred to consider them.")},
        {QStringLiteral("not_encountered"),
         QStringLiteral("Not at the address on the enforcement visit.")},
        {QStringLiteral("no_enforcement_visit"),
         QStringLiteral("No arrest team available for the visit.")},
        {QStringLiteral("medical"),
         QStringLiteral("Declared unfit to fly by the escort's doctor.")},
        {QStringLiteral("disruptive"),
         QStringLiteral("Disruptive on boarding; the captain refused to carry him.")},
        {QStringLiteral("other"),
         QStringLiteral("Flight cancelled by the airline; no seat before the document expired.")}};
    return texts.value(reason);
}

// Barriers to removal recorded in Lodestar, removal directions (some on charter flights) with
// their outcomes in the proportions of report Figures 6-8, last-minute claims, holds on
// progression and case preparation (issue 5). Every date is on or before the as-of date except
// planned removals, flights and holds still to come. Own randomness per person (and one stream
// for the flights), so the people and the earlier sections stay as they were. One transaction.
Status addRemovalProgression(QSqlDatabase db, quint64 seed, const QDate &asOf)
{
    const Catalogue &cat = catalogue();
    const auto dateOf = [](const QVariant &v) {
        return QDate::fromString(v.toString(), Qt::ISODate);
    };
    // The person's open barriers (CID's, from the cases just written) for holds until one.
    struct OpenBarrier
    {
        qint64 id;
        QString type;
        QDate raisedOn; // invalid for CID's, dated the day of the import
    };
    QHash<qint64, QVector<OpenBarrier>> openBarriers;
    QHash<qint64, int> barrierRows;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT person_id, id, barrier_type, cleared_on FROM barrier "
                                   "ORDER BY id")))
            return Status::fail(DemoGenerator::tr("Could not read the demo barriers"),
                                q.lastError().text());
        while (q.next()) {
            const qint64 person = q.value(0).toLongLong();
            ++barrierRows[person];
            if (q.value(3).isNull())
                openBarriers[person]
                    << OpenBarrier{q.value(1).toLongLong(), q.value(2).toString(), QDate()};
        }
    }
    struct Person
    {
        qint64 id;
        QString nationality, owner;
        int openBarriers;
        int decision; // 2 order signed, 1 served, 0 none or pending
        QString docStatus;
        QDate docApplied, docHeld, docExpires;
    };
    QVector<Person> persons;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(
                QStringLiteral(
                    "SELECT p.id, p.nationality, p.case_owner, p.open_barriers, (SELECT "
                    "MAX(CASE c.deportation_decision WHEN 'ORDER_SIGNED' THEN 2 WHEN 'SERVED' THEN "
                    "1 "
                    "ELSE 0 END) FROM cid_case c WHERE c.person_id = p.id AND c.case_type = "
                    "'CRIMINAL'), t.status, t.applied_on, t.interview_held_on, t.expires_on FROM "
                    "person p LEFT JOIN travel_document t ON t.id = (SELECT MAX(d.id) FROM "
                    "travel_document d WHERE d.person_id = p.id) WHERE p.custody = '%1' "
                    "ORDER BY p.id")
                    .arg(Codes::nonDetained())))
            return Status::fail(DemoGenerator::tr("Could not read the demo people"),
                                q.lastError().text());
        while (q.next())
            persons << Person{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toInt(),      q.value(4).toInt(),    q.value(5).toString(),
                              dateOf(q.value(6)),      dateOf(q.value(7)),    dateOf(q.value(8))};
    }

    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus();
    RemovalStore removals(db);
    BarrierStore barriers(db);
    ProgressionStore progression(db);
    const auto at = stampAt;

    // A handful of charter flights a year to the destinations that fill them (7.16-7.19),
    // from a year and a half back to a couple of months ahead.
    struct Flight
    {
        qint64 id;
        QString destination;
        QDate departsOn;
    };
    QVector<Flight> flights;
    {
        Rng rng(seed ^ 0xd6e8feb86659fd93ULL);
        static const char *const destinations[][2] = {{"JAM", "Kingston"},
                                                      {"NGA", "Lagos"},
                                                      {"ALB", "Tirana"},
                                                      {"PAK", "Islamabad"},
                                                      {"GHA", "Accra"}};
        QHash<QString, QString> city;
        for (const auto &d : destinations) {
            const QString code = QString::fromLatin1(d[0]);
            city.insert(code, QString::fromLatin1(d[1]));
            for (QDate on = asOf.addDays(-560 + rng.between(0, 150)); on <= asOf.addDays(75);
                 on = on.addDays(rng.between(140, 220)))
                flights << Flight{0, code, on};
        }
        std::stable_sort(flights.begin(), flights.end(), [](const Flight &x, const Flight &y) {
            return x.departsOn < y.departsOn;
        });
        QHash<int, int> numberInYear;
        for (Flight &f : flights) {
            CharterFlight c;
            c.reference = QStringLiteral("CH-%1-%2")
                              .arg(f.departsOn.year())
                              .arg(++numberInYear[f.departsOn.year()], 2, 10, QLatin1Char('0'));
            c.destination = QStringLiteral("%1 (%2)").arg(f.destination, city.value(f.destination));
            c.departsOn = f.departsOn;
            c.notes = QStringLiteral("Charter arranged by the National Removals Command.");
            auto id = removals.saveFlightInTransaction(
                c, QStringLiteral("nrc.charters"),
                at(qMin(asOf, f.departsOn.addDays(-60)), "09:00:00"));
            if (!id)
                return id.status();
            f.id = id.value();
        }
    }

    const QString issued = QStringLiteral("issued");
    const QString refused = QStringLiteral("refused");
    // Embassies that seldom issue emergency travel documents (report 7.9-7.10).
    static const QStringList reluctantEmbassies = split("IRN|ERI|CHN|IRQ|AFG|SOM|SDN");
    static const Table claimTable{
        {"asylum", 35}, {"further_reps", 30}, {"judicial_review", 20}, {"modern_slavery", 15}};
    static const QHash<QString, QString> barrierOfFailure{
        {QStringLiteral("fresh_asylum_claim"), QStringLiteral("asylum")},
        {QStringLiteral("judicial_review"), QStringLiteral("judicial_review")},
        {QStringLiteral("further_reps"), QStringLiteral("further_reps")},
        {QStringLiteral("medical"), QStringLiteral("medical")}};
    static const QHash<QString, QString> holdReasonOf{
        {QStringLiteral("asylum"), QStringLiteral("Until the asylum claim is decided")},
        {QStringLiteral("further_reps"),
         QStringLiteral("Until the further representations are considered")},
        {QStringLiteral("appeal"), QStringLiteral("Until the appeal is heard")},
        {QStringLiteral("judicial_review"), QStringLiteral("Until the judicial review is decided")},
        {QStringLiteral("modern_slavery"),
         QStringLiteral("Until the Single Competent Authority decides the referral")},
        {QStringLiteral("travel_document"), QStringLiteral("Until the embassy issues an ETD")},
        {QStringLiteral("embassy"), QStringLiteral("Until the embassy resumes interviews")},
        {QStringLiteral("medical"), QStringLiteral("Until he is fit to travel")},
        {QStringLiteral("deportation_decision"),
         QStringLiteral("Until the deportation decision is made")},
        {QStringLiteral("other"), QStringLiteral("Until the family court has ruled")}};
    static const QStringList datedHoldReasons{
        QStringLiteral("Family court hearing about the children: wait for its outcome"),
        QStringLiteral("Probation asked us to wait until the accredited programme ends"),
        QStringLiteral("In hospital; review after discharge"),
        QStringLiteral("Awaiting the police's decision on charging a new offence")};

    OutcomeDeck outcomes(seed ^ 0xbf58476d1ce4e5b9ULL);
    QVector<qint64> touched; // people given a barrier, in id order
    for (const Person &p : persons) {
        Rng rng(seed ^ 0x94d049bb133111ebULL ^ (quint64(p.id) * 0x9e3779b97f4a7c15ULL));
        const QString owner = p.owner.isEmpty() ? rng.pick(cat.caseworkers) : p.owner;
        QVector<OpenBarrier> open = openBarriers.value(p.id);
        // Records a barrier by hand, cleared on `clearedOn` when valid and not after as-of.
        const auto record = [&](const QString &type, const QDate &raisedOn, const QString &notes,
                                const QDate &clearedOn = QDate(),
                                const QString &how = QString()) -> Status {
            Barrier b;
            b.personId = p.id;
            b.type = type;
            b.raisedOn = raisedOn;
            b.notes = notes;
            // Bands are recomputed once for everyone at the end: far quicker than per barrier.
            auto id = barriers.addInTransaction(b, owner, asOf, false);
            if (!id)
                return id.status();
            if (touched.isEmpty() || touched.last() != p.id)
                touched << p.id;
            // The barrier just added: at its first version (1), unchanged since.
            if (clearedOn.isValid() && clearedOn <= asOf)
                return barriers.clearInTransaction(p.id, id.value(), clearedOn, how, QString(),
                                                   owner, 1, asOf, false);
            open << OpenBarrier{id.value(), type, raisedOn};
            return {};
        };

        // ---- Removal directions: people with a decision and nothing in the way ----
        const bool hasIssued = p.docStatus == issued;
        // Mostly people with an issued document; without one in the register, a passport the
        // Home Office holds; seldom while an application is still in progress.
        const int directionsPermille = hasIssued                ? 850
                                       : p.docStatus.isEmpty()  ? 200
                                       : p.docStatus == refused ? 20
                                                                : 60;
        QDate directionsSetOn;
        if (p.decision >= 1 && p.openBarriers == 0 && rng.permille(directionsPermille)) {
            // Pending only for people without any CID barrier row: CID's rows are dated the
            // day of the import, which must not fall inside a standing span and count as
            // last-minute depending on the clock.
            const bool pending = barrierRows.value(p.id) == 0 && rng.permille(150);
            QDate lo = pending ? asOf.addDays(1) : asOf.addDays(-540);
            QDate hi = pending ? asOf.addDays(42) : asOf.addDays(-1);
            if (hasIssued) { // the removal needs the document in hand and still valid
                if (p.docHeld.isValid())
                    lo = qMax(lo, p.docHeld.addDays(21));
                if (p.docExpires.isValid())
                    hi = qMin(hi, p.docExpires);
            }
            if (lo <= hi) {
                RemovalDirections d;
                d.personId = p.id;
                const Flight *flight = nullptr;
                if (rng.permille(550)) {
                    QVector<const Flight *> candidates;
                    for (const Flight &f : flights)
                        if (f.destination == p.nationality && f.departsOn >= lo &&
                            f.departsOn <= hi)
                            candidates << &f;
                    if (!candidates.isEmpty())
                        flight = candidates.at(int(rng.below(quint64(candidates.size()))));
                }
                if (flight) {
                    d.route = QStringLiteral("charter");
                    d.charterFlightId = flight->id;
                    d.plannedOn = flight->departsOn;
                } else {
                    d.plannedOn = lo.addDays(qint64(rng.below(quint64(lo.daysTo(hi) + 1))));
                }
                d.setOn = qMin(asOf, d.plannedOn.addDays(-rng.between(14, 42)));
                if (rng.permille(300))
                    d.red0004ServedOn = qMin(asOf, d.setOn.addDays(rng.between(0, 3)));
                QString failure;
                bool certifiedClaim = false;
                if (!pending) {
                    failure = outcomes.deal();
                    // Some removals went ahead because RED.0004 let a late claim be certified
                    // (7.14).
                    certifiedClaim = failure.isEmpty() && rng.permille(80);
                    if (certifiedClaim && !d.red0004ServedOn.isValid())
                        d.red0004ServedOn = d.setOn;
                }
                if (!pending) {
                    d.outcomeOn = d.plannedOn;
                    d.outcome =
                        failure.isEmpty() ? QStringLiteral("removed") : QStringLiteral("failed");
                    d.failureReason = failure;
                    d.failureText = failureText(failure);
                }
                // One save with the outcome (entered when it was known): half the statements
                // of saving the directions and then their outcome.
                if (auto id = removals.saveInTransaction(
                        d, owner, at(pending ? d.setOn : d.outcomeOn, "17:00:00"));
                    !id)
                    return id.status();
                directionsSetOn = d.setOn;
                const int span = int(d.setOn.daysTo(d.plannedOn));
                // Last-minute barriers: raised while the directions stood (7.12-7.15).
                if (barrierOfFailure.contains(failure) && rng.permille(900)) {
                    const QDate raised = d.outcomeOn.addDays(-rng.between(0, qMin(10, span)));
                    const bool cleared = rng.permille(350);
                    const QString type = barrierOfFailure.value(failure);
                    // Certified only where the rule allows it (a RED.0004 notice served before
                    // the claim was raised), else refused; the draws are made as before, in the
                    // same call, so the rest of the demo stays as it was.
                    if (Status s = record(
                            type, raised,
                            QStringLiteral("Lodged after removal directions were set for %1.")
                                .arg(isoDate(d.plannedOn)),
                            cleared ? raised.addDays(rng.between(30, 240)) : QDate(),
                            type == QLatin1String("medical") ? QStringLiteral("resolved")
                            : rng.permille(600) ||
                                    !Barrier::isCertifiable(raised, d.red0004ServedOn)
                                ? QStringLiteral("refused")
                                : QStringLiteral("certified"));
                        !s)
                        return s;
                } else if (certifiedClaim) {
                    const QDate raised = d.plannedOn.addDays(-rng.between(2, qMin(10, span)));
                    if (Status s = record(
                            QStringLiteral("further_reps"), raised,
                            QStringLiteral("Raised after directions; grounds "
                                           "already considered (RED.0004)."),
                            raised.addDays(rng.between(0, int(raised.daysTo(d.plannedOn)) - 1)),
                            QStringLiteral("certified"));
                        !s)
                        return s;
                } else if (pending && rng.permille(200)) {
                    const QDate raised = d.setOn.addDays(rng.between(0, int(d.setOn.daysTo(asOf))));
                    if (Status s = record(claimTable.pick(rng), raised,
                                          QStringLiteral("Lodged after removal directions were "
                                                         "served; flight at risk."));
                        !s)
                        return s;
                }
            }
        }

        // ---- Barriers recorded by hand, beside CID's ----
        // People with directions had their document and no claim when they were set.
        const bool free = !directionsSetOn.isValid();
        if (free && reluctantEmbassies.contains(p.nationality) && rng.permille(120)) {
            const QDate raised = asOf.addDays(-rng.between(30, 700));
            if (Status s =
                    record(QStringLiteral("embassy"), raised,
                           QStringLiteral("The embassy has not answered the ETD "
                                          "application; chased through the FCDO."),
                           rng.permille(150) ? raised.addDays(rng.between(60, 400)) : QDate(),
                           QStringLiteral("resolved"));
                !s)
                return s;
        }
        if (free && p.docApplied.isValid() &&
            ((p.docStatus == refused && rng.permille(500)) ||
             (p.docStatus == QLatin1String("applied") && p.docApplied.daysTo(asOf) > 180 &&
              rng.permille(150)))) {
            const QDate raised = qMin(asOf, p.docApplied.addDays(rng.between(60, 200)));
            if (Status s = record(QStringLiteral("travel_document"), raised,
                                  p.docStatus == refused
                                      ? QStringLiteral("ETD refused: nationality not accepted.")
                                      : QStringLiteral("No ETD six months after the application."));
                !s)
                return s;
        }
        if (rng.permille(10)) {
            const QDate raised = asOf.addDays(-rng.between(10, 400));
            if (Status s =
                    record(QStringLiteral("medical"), raised,
                           QStringLiteral("Under specialist treatment; fitness to fly to "
                                          "be assessed."),
                           rng.permille(400) ? raised.addDays(rng.between(20, 200)) : QDate(),
                           QStringLiteral("resolved"));
                !s)
                return s;
        }
        if (p.decision == 0 && rng.permille(50)) {
            if (Status s = record(QStringLiteral("deportation_decision"),
                                  asOf.addDays(-rng.between(30, 500)),
                                  QStringLiteral("Deportation decision outstanding: referred to "
                                                 "the decision makers."));
                !s)
                return s;
        }
        if (free && rng.permille(6)) {
            const QDate raised = asOf.addDays(-rng.between(20, 300));
            if (Status s =
                    record(QStringLiteral("other"), raised,
                           QStringLiteral("Family court proceedings about the children."),
                           rng.permille(300) ? raised.addDays(rng.between(30, 200)) : QDate(),
                           QStringLiteral("resolved"));
                !s)
                return s;
        }
        // Claims the caseworker heard of before CID records them; never one CID holds open.
        if (free && rng.permille(20)) {
            const QString type = claimTable.pick(rng);
            const bool inCid = std::any_of(open.cbegin(), open.cend(),
                                           [&](const OpenBarrier &b) { return b.type == type; });
            if (!inCid) {
                const QDate raised = asOf.addDays(-rng.between(1, 90));
                if (Status s =
                        record(type, raised,
                               QStringLiteral("Solicitor's letter received; not yet on CID."),
                               rng.permille(250) ? raised.addDays(rng.between(5, 60)) : QDate(),
                               rng.permille(700) ? QStringLiteral("refused")
                                                 : QStringLiteral("withdrawn"));
                    !s)
                    return s;
            }
        }

        // ---- Holds: until a barrier clears, or until a date (some passed, a few released) ----
        ProgressionHold hold;
        hold.personId = p.id;
        if (!open.isEmpty() && rng.permille(40)) {
            const OpenBarrier &b = open.at(int(rng.below(quint64(open.size()))));
            hold.untilBarrierId = b.id;
            hold.reason = holdReasonOf.value(b.type, QStringLiteral("Until the barrier clears"));
            // Placed once the barrier was known.
            hold.placedOn = qMax(asOf.addDays(-rng.between(1, 150)), b.raisedOn);
            if (rng.permille(300))
                hold.untilOn = hold.placedOn.addDays(rng.between(60, 240));
        } else if (open.isEmpty() && !directionsSetOn.isValid() && rng.permille(50)) {
            hold.reason = rng.pick(datedHoldReasons);
            hold.placedOn = asOf.addDays(-rng.between(1, 90));
            hold.untilOn = hold.placedOn.addDays(rng.between(14, 180));
        }
        if (hold.placedOn.isValid()) {
            auto id =
                progression.placeHoldInTransaction(hold, owner, at(hold.placedOn, "10:30:00"));
            if (!id)
                return id.status();
            if (hold.placedOn < asOf && rng.permille(120)) {
                const QDate released =
                    hold.placedOn.addDays(rng.between(1, int(hold.placedOn.daysTo(asOf))));
                // The hold just placed: at its first version (1), unchanged since.
                if (Status s = progression.releaseHoldInTransaction(
                        p.id, id.value(), released, owner, at(released, "12:00:00"), 1);
                    !s)
                    return s;
            }
        }

        // ---- Case preparation (7.5): 2 weeks initial, 8 weeks in all ----
        CasePreparation prep;
        prep.personId = p.id;
        if (directionsSetOn.isValid()) {
            // Prepared before directions were set.
            prep.allocatedOn = directionsSetOn.addDays(-rng.between(70, 240));
            prep.initialDoneOn = prep.allocatedOn.addDays(rng.between(3, 16));
            prep.finalisedOn = prep.initialDoneOn.addDays(rng.between(10, 45));
        } else if (rng.permille(180)) {
            prep.allocatedOn = asOf.addDays(-rng.between(0, 365));
            if (rng.permille(900)) {
                const QDate initial = prep.allocatedOn.addDays(rng.between(2, 20));
                if (initial <= asOf) {
                    prep.initialDoneOn = initial;
                    const QDate final = initial.addDays(rng.between(7, 50));
                    if (final <= asOf && rng.permille(880))
                        prep.finalisedOn = final;
                }
            }
        }
        if (prep.allocatedOn.isValid()) {
            const QDate last = prep.finalisedOn.isValid()     ? prep.finalisedOn
                               : prep.initialDoneOn.isValid() ? prep.initialDoneOn
                                                              : prep.allocatedOn;
            if (Status s =
                    progression.savePreparationInTransaction(prep, owner, at(last, "14:00:00"));
                !s)
                return s;
        }
    }
    if (Status s = PersonStore(db).refreshDerivedInTransaction(touched); !s)
        return s;
    return tx.commit();
}

// ---- Team leaders' work (issue 6) ----

// The caseworkers of the catalogue as users: display names in the catalogue's order, and the
// teams of the two Criminal Casework offices that allocate by band (6.4). Croydon's and the
// other offices' caseworkers stay users without a team: they own cases but nobody in Lodestar
// leads them yet.
struct DemoTeam
{
    const char *name;
    int from, count;           // caseworkers of the catalogue
    const char *leaders[2][2]; // user name, display name; the second may be empty
};
constexpr DemoTeam DemoTeams[] = {
    {"Liverpool A", 0, 4, {{"rfarrell", "Ruth Farrell"}, {"pquinn", "Patrick Quinn"}}},
    {"Liverpool B", 4, 4, {{"dosei", "Daniel Osei"}, {nullptr, nullptr}}},
    {"Leeds A", 8, 4, {{"jbarker", "Jane Barker"}, {"nhussain", "Naveed Hussain"}}},
    {"Leeds B", 12, 3, {{"mkowalczyk", "Marta Kowalczyk"}, {nullptr, nullptr}}}};
constexpr int TeamCaseworkers = 15; // 0-7 Liverpool (bands 1-2), 8-14 Leeds (bands 3-4)

int teamOf(int caseworker)
{
    for (int t = 0; t < int(std::size(DemoTeams)); ++t)
        if (caseworker >= DemoTeams[t].from && caseworker < DemoTeams[t].from + DemoTeams[t].count)
            return t;
    return -1;
}

// Users and teams, allocations over the last 18 months (new people, transfers between the
// offices by band, rebalancing, some returned), capacities that put some caseworkers over and
// some well under, 3-monthly reviews (some overdue, most of a struggling caseworker's; some
// signed off by team leaders), notes written in the last three months and the team leaders'
// QA samples of them, mostly marked. Runs last, so every earlier section stays as it was for
// a seed; its own randomness per person. Every date and timestamp is on or before the as-of
// date. One transaction.
Status addTeamLeaderWork(QSqlDatabase db, quint64 seed, const QDate &asOf)
{
    const Catalogue &cat = catalogue();
    static const QStringList displayNames = split(
        "Sam Okafor|Joseph Mensah|Alice Harris|Piotr Nowak|Rizwan Khan|Lily Chen|Mark Williams|"
        "Deepa Patel|Emma Brown|Tunde Okoye|Helen Smith|Kieran Jones|Nadia Ali|Sarah Clarke|"
        "Ben Evans|Grace Thompson|Yvonne Wright|Fergal Murphy|Chris Walker|Olu Adeyemi");
    // Caseworkers who have left: the last to review some of the people nobody owns now.
    static const QStringList leavers = split("tbaxter|kdonnelly|arahman");
    const QString manager = QStringLiteral("cbennett");
    const auto at = stampAt;
    QHash<QString, int> caseworkerIndex;
    for (int i = 0; i < cat.caseworkers.size(); ++i)
        caseworkerIndex.insert(cat.caseworkers.at(i), i);
    const auto leaderOf = [](int team, const QDate &on) {
        const DemoTeam &t = DemoTeams[team];
        // Two leaders take the fortnightly allocation meetings in turn.
        const int which = t.leaders[1][0] && (on.toJulianDay() / 14) % 2 ? 1 : 0;
        return QString::fromLatin1(t.leaders[which][0]);
    };

    struct Move
    {
        QDate on;
        QString to;
        QString reason;
    };
    struct Person
    {
        qint64 id;
        int band;
        QString cidOwner;
        QVector<Move> moves; // oldest first
        QString owner() const { return moves.isEmpty() ? cidOwner : moves.last().to; }
        // Who owned the person on `d`: an allocation takes effect on its day.
        QString ownerOn(const QDate &d) const
        {
            QString o = cidOwner;
            for (const Move &m : moves)
                if (m.on <= d)
                    o = m.to;
            return o;
        }
    };
    QVector<Person> persons;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, COALESCE(band, 0), case_owner, owning_unit FROM "
                                   "person WHERE custody = '%1' ORDER BY id")
                        .arg(Codes::nonDetained())))
            return Status::fail(DemoGenerator::tr("Could not read the demo people"),
                                q.lastError().text());
        // The team leaders allocate at a meeting every other Monday.
        const auto meeting = [](const QDate &d) {
            const QDate monday = d.addDays(1 - d.dayOfWeek());
            return monday.addDays(-7 * ((monday.toJulianDay() / 7) % 2));
        };
        const Table rebalance{{"Rebalancing after sickness absence", 40},
                              {"Rebalancing the team's caseload", 35},
                              {"", 25}};
        while (q.next()) {
            Person p{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), {}};
            const QString unit = q.value(3).toString();
            Rng rng(seed ^ 0x3c6ef372fe94f82bULL ^ (quint64(p.id) * 0x9e3779b97f4a7c15ULL));
            // Liverpool takes bands 1-2, Leeds 3-4 (6.4).
            const bool liverpool = p.band <= 2;
            const int poolFrom = liverpool ? 0 : 8;
            const int poolCount = liverpool ? 8 : 7;
            const auto anyOfPool = [&](const QString &except) {
                QString to = cat.caseworkers.at(poolFrom + rng.between(0, poolCount - 1));
                if (to == except)
                    to = cat.caseworkers.at(poolFrom +
                                            (caseworkerIndex.value(to) - poolFrom + 1) % poolCount);
                return to;
            };
            // Within the last 18 months, the meeting before included.
            const QDate first = meeting(asOf.addDays(-rng.between(0, 527)));
            const int index = caseworkerIndex.value(p.cidOwner, -1);
            const bool inPool = index >= poolFrom && index < poolFrom + poolCount;
            const bool atOffice =
                unit == QLatin1String("CC Liverpool") || unit == QLatin1String("CC Leeds");
            if (p.cidOwner.isEmpty()) {
                // Unowned on CID: the office's team leaders allocate most; the rest, and the
                // people of unclear units, stay unallocated (6.10-6.17).
                if (atOffice && rng.permille(700))
                    p.moves << Move{first, anyOfPool(QString()),
                                    rng.permille(500)
                                        ? QStringLiteral("Unowned on CID: allocated from the "
                                                         "clean-up list")
                                        : QString()};
            } else if (index >= 0 && index < TeamCaseworkers && !inPool) {
                // The band says the other office: half were transferred.
                if (rng.permille(500))
                    p.moves << Move{first, anyOfPool(QString()),
                                    liverpool ? QStringLiteral("Band 1-2: transferred to Liverpool")
                                              : QStringLiteral("Band 3-4: transferred to Leeds")};
            } else if (inPool) {
                if (rng.permille(70)) {
                    const QString reason = rebalance.pick(rng);
                    p.moves << Move{first, anyOfPool(p.cidOwner), reason};
                    const QDate back = first.addDays(14 * rng.between(2, 10));
                    if (back <= asOf && rng.permille(300)) {
                        if (reason == QLatin1String("Rebalancing after sickness absence"))
                            p.moves << Move{back, p.cidOwner,
                                            QStringLiteral("Returned after sickness absence")};
                        else
                            p.moves << Move{back, anyOfPool(p.moves.last().to), reason};
                    }
                }
            } else if (index >= TeamCaseworkers && unit == QLatin1String("CC Croydon") &&
                       rng.permille(400)) {
                // Released from detention, still with a Croydon caseworker.
                p.moves << Move{first, anyOfPool(QString()),
                                QStringLiteral("Released from detention: moved from Croydon")};
            }
            persons << p;
        }
    }

    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus();

    // The marker first, with the invented users it lets anyone act as (issue 19), and before
    // them: once the admin below is in, writing it would need a role nobody running the demo has.
    if (Status s = AccessStore(db).markDemoInTransaction(); !s)
        return s;
    // The team leaders and the manager first: signing off checks the role.
    UserStore users(db);
    const QString usersSince = at(asOf.addDays(-560), "08:00:00");
    const auto saveUser = [&](const QString &name, const QString &display, const QString &team,
                              const QString &role, int capacity) {
        AppUser u;
        u.userName = name;
        u.displayName = display;
        u.team = team;
        u.role = role;
        u.capacity = capacity;
        return users.saveInTransaction(u, manager, usersSince);
    };
    if (Status s = saveUser(manager, QStringLiteral("Claire Bennett"), QString(),
                            QStringLiteral("manager"), 100);
        !s)
        return s;
    // Who manages the users and answers subject access requests; carries no caseload.
    if (Status s = saveUser(QStringLiteral("dfarrow"), QStringLiteral("Dana Farrow"), QString(),
                            QStringLiteral("admin"), 100);
        !s)
        return s;
    for (const DemoTeam &t : DemoTeams)
        for (const auto &leader : t.leaders)
            if (leader[0])
                if (Status s =
                        saveUser(QString::fromLatin1(leader[0]), QString::fromUtf8(leader[1]),
                                 QString::fromUtf8(t.name), QStringLiteral("team_leader"), 100);
                    !s)
                    return s;

    // Allocations: the team leader allocates in the weekly meeting, so a day's moves to one
    // caseworker for one reason go in one call, in date order so each knows its from-owner.
    {
        std::map<std::tuple<QDate, QString, QString>, QVector<qint64>> groups;
        for (const Person &p : persons)
            for (const Move &m : p.moves)
                groups[std::make_tuple(m.on, m.to, m.reason)] << p.id;
        AllocationStore allocations(db);
        for (const auto &[key, ids] : groups) {
            const auto &[on, to, reason] = key;
            const int team = teamOf(caseworkerIndex.value(to, -1));
            const QString by = team >= 0 ? leaderOf(team, on) : manager;
            // Read just before: see personVersion.
            const auto versions = PersonStore(db).versions(ids);
            if (!versions)
                return versions.status();
            if (auto moved = allocations.allocateInTransaction(
                    ids, to, reason, on, by, at(on, "11:00:00"), versions.value());
                !moved)
                return moved.status();
        }
    }

    // Caseworkers, with capacities that put their loads (default weights) from about half to
    // about one and a half of what they can carry, whatever the size of the demo.
    {
        const WorkloadRules::Weights weights;
        QHash<QString, QMap<int, qint64>> bands;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT case_owner, COALESCE(band, 0), COUNT(*) FROM person "
                                   "WHERE case_owner IS NOT NULL GROUP BY case_owner, "
                                   "COALESCE(band, 0)")))
            return Status::fail(DemoGenerator::tr("Could not read the demo caseload"),
                                q.lastError().text());
        while (q.next())
            bands[q.value(0).toString()][q.value(1).toInt()] = q.value(2).toLongLong();
        // Loads in percent, kept clear of 100 so rounding never moves anyone across it.
        QVector<int> loads{52, 64, 73, 81,  88,  112, 121, 133, 145, 60,
                           70, 86, 92, 108, 126, 58,  77,  115, 84,  67};
        Rng rng(seed ^ 0xa54ff53a5f1d36f1ULL);
        for (int i = int(loads.size()) - 1; i > 0; --i) // Fisher-Yates
            loads.swapItemsAt(i, int(rng.below(quint64(i) + 1)));
        for (int i = 0; i < cat.caseworkers.size(); ++i) {
            const QString &name = cat.caseworkers.at(i);
            const qint64 points = WorkloadRules::points(bands.value(name), weights);
            const int load = loads.at(i % int(loads.size()));
            const int capacity = int(qMax<qint64>(10, (points * 100 / load + 5) / 10 * 10));
            const int team = teamOf(i);
            if (Status s = saveUser(name, displayNames.value(i, name),
                                    team >= 0 ? QString::fromUtf8(DemoTeams[team].name) : QString(),
                                    QStringLiteral("caseworker"), capacity);
                !s)
                return s;
        }
    }

    // Reviews (each closes the person's open review reminders: diary_entry_kind finds them).
    {
        // How often a caseworker lets reviews lapse (report 7.6): most now and then, one per
        // team badly, as after a long absence.
        QHash<QString, int> lapsePermille;
        Rng rng(seed ^ 0x510e527fade682d1ULL);
        for (int i = 0; i < cat.caseworkers.size(); ++i)
            lapsePermille.insert(cat.caseworkers.at(i), rng.between(30, 120));
        for (const DemoTeam &t : DemoTeams)
            lapsePermille.insert(cat.caseworkers.at(t.from + rng.between(0, t.count - 1)),
                                 rng.between(280, 380));
        const QDate bound = ReviewRules::overdueBound(asOf); // reviewed before it: overdue
        static const QStringList reviewNotes{
            QStringLiteral("Barriers and reporting checked; no change."),
            QStringLiteral("Chased the embassy for the ETD; next step agreed."),
            QStringLiteral("Further representations still outstanding; chased the solicitor."),
            QStringLiteral("Reporting patchy: warning letter considered."),
            QStringLiteral("Band confirmed; ready to refer for removal directions.")};
        ReviewStore reviews(db);
        for (const Person &p : persons) {
            Rng prng(seed ^ 0x1f83d9abfb41bd6bULL ^ (quint64(p.id) * 0x9e3779b97f4a7c15ULL));
            const QString owner = p.owner();
            const bool lapsed =
                prng.permille(owner.isEmpty() ? 500 : lapsePermille.value(owner, 100));
            const QDate allocated = p.moves.isEmpty() ? QDate() : p.moves.first().on;
            QDate last;
            if (lapsed) {
                last = asOf.addDays(-prng.between(95, 330));
            } else if (!owner.isEmpty() && prng.permille(allocated.isValid() ? 850 : 300)) {
                // Reviewed within the last 3 months, by whoever owned them then: most of the
                // people allocated in Lodestar, fewer of those still as CID allocated them.
                const QDate from = p.ownerOn(bound).isEmpty() && allocated.isValid()
                                       ? qMax(bound, allocated)
                                       : bound;
                last = from.addDays(prng.between(0, int(from.daysTo(asOf))));
            }
            // The rest were never reviewed in Lodestar: due 3 months after their first
            // allocation or, never allocated, after they came into Lodestar (ReviewRules).
            // Nobody reviews a person nobody owned then, but the last reviews of people nobody
            // owns now were a leaver's.
            const auto reviewerOn = [&](const QDate &d) {
                const QString o = p.ownerOn(d);
                if (!o.isEmpty() || !owner.isEmpty())
                    return o;
                return leavers.at(int(p.id % leavers.size()));
            };
            QVector<QDate> dates;
            if (last.isValid()) {
                if (prng.permille(50))
                    dates << last.addMonths(-3).addDays(-prng.between(0, 20));
                dates << last;
            }
            for (int i = 0; i < dates.size(); ++i) {
                Review r;
                r.personId = p.id;
                r.reviewedOn = dates.at(i);
                r.reviewer = reviewerOn(r.reviewedOn);
                if (r.reviewer.isEmpty())
                    continue;
                r.barriersChecked = prng.permille(950);
                r.complianceChecked = prng.permille(920);
                r.documentProgressed = prng.permille(600);
                r.bandConfirmed = prng.permille(900);
                r.nextActionSet = prng.permille(800);
                const int o = int(prng.below(100));
                r.outcome = o < 70   ? QStringLiteral("on_track")
                            : o < 92 ? QStringLiteral("action_needed")
                                     : QStringLiteral("escalated");
                r.notes = prng.pick(reviewNotes);
                r.nextReviewOn = r.outcome == QLatin1String("on_track")
                                     ? ReviewRules::dueDate(r.reviewedOn)
                                     : r.reviewedOn.addDays(prng.between(28, 56));
                auto id =
                    reviews.saveInTransaction(r, r.reviewer, asOf, at(r.reviewedOn, "15:30:00"));
                if (!id)
                    return id.status();
                // Team leaders sign off reviews within a fortnight: nearly all earlier ones, a
                // third of the latest, few of those who have left.
                const QDate signedOn = r.reviewedOn.addDays(prng.between(1, 14));
                const bool left = leavers.contains(r.reviewer);
                if (signedOn > asOf ||
                    !prng.permille(left ? 150 : (i + 1 < dates.size() ? 900 : 350)))
                    continue;
                const int team = teamOf(caseworkerIndex.value(r.reviewer, -1));
                const QString leader =
                    team >= 0 ? leaderOf(team, signedOn)
                              : leaderOf(int(p.id % qint64(std::size(DemoTeams))), signedOn);
                // The review just saved: at its first version (1), unchanged since.
                if (Status s = reviews.signOffInTransaction(id.value(), leader,
                                                            at(signedOn, "10:15:00"), 1);
                    !s)
                    return s;
            }
        }
    }

    // Notes written by the caseworkers in the last three months, for the QA samples: mostly
    // clear, some too vague to pass (recommendation 4).
    static const QStringList vague{
        QStringLiteral("Spoke to him. Nothing to add."), QStringLiteral("Chased."),
        QStringLiteral("File reviewed, no change."), QStringLiteral("Barrier still in place.")};
    static const QStringList failComments{QStringLiteral("No next action recorded"),
                                          QStringLiteral("Does not say what the barrier is"),
                                          QStringLiteral("Who was contacted, and what was agreed?"),
                                          QStringLiteral("No date for the follow-up")};
    {
        // About 1,500 notes whatever the size of the demo (more per person in a small one):
        // plenty for samples of 10, and quick to write.
        const int notePermille =
            int(std::clamp<qint64>(1500000 / qMax<qint64>(1, persons.size()), 20, 400));
        NoteStore notes(db);
        for (const Person &p : persons) {
            const QString owner = p.owner();
            if (caseworkerIndex.value(owner, -1) < 0 || teamOf(caseworkerIndex.value(owner)) < 0)
                continue;
            Rng rng(seed ^ 0x9b05688c2b3e6c1fULL ^ (quint64(p.id) * 0x9e3779b97f4a7c15ULL));
            if (!rng.permille(notePermille))
                continue;
            // Written while the owner had the person.
            const QDate since =
                qMax(asOf.addDays(-89), p.moves.isEmpty() ? asOf.addDays(-89) : p.moves.last().on);
            const int count = rng.between(1, 2);
            for (int i = 0; i < count; ++i) {
                const QDate on = since.addDays(rng.between(0, int(since.daysTo(asOf))));
                const QString body = rng.permille(130)
                                         ? rng.pick(vague)
                                         : QString(rng.pick(cat.noteTemplates))
                                               .replace(QLatin1String("{centre}"),
                                                        QStringLiteral("the reporting centre"))
                                               .replace(QLatin1String("{date}"), isoDate(on));
                const QString time = QStringLiteral("%1:%2:00")
                                         .arg(rng.between(9, 17), 2, 10, QLatin1Char('0'))
                                         .arg(rng.between(0, 59), 2, 10, QLatin1Char('0'));
                if (auto added = notes.addInTransaction(
                        p.id, body, owner, stampAt(on, qPrintable(time)), QString(), 0);
                    !added)
                    return added.status();
            }
        }
    }

    // Each team leader's samples, one a month for the last three: a caseworker, the whole team,
    // another caseworker. The latest are part marked.
    {
        NoteQaStore qa(db);
        Rng rng(seed ^ 0x6a09e667f3bcc908ULL);
        for (int t = 0; t < int(std::size(DemoTeams)); ++t) {
            const DemoTeam &team = DemoTeams[t];
            for (int l = 0; l < 2; ++l) {
                if (!team.leaders[l][0])
                    continue;
                const QString leader = QString::fromLatin1(team.leaders[l][0]);
                for (int k = 2; k >= 0; --k) {
                    NoteQaStore::Request r;
                    r.size = 10;
                    r.to = asOf.addDays(-30 * k - 2);
                    r.from = r.to.addDays(-27);
                    r.seed = rng.below(1000000000) + 1;
                    if (k == 1)
                        r.team = QString::fromUtf8(team.name);
                    else
                        r.caseworker = cat.caseworkers.at(team.from + (l * 2 + k) % team.count);
                    const QDate drawn = r.to.addDays(1);
                    auto id = qa.drawInTransaction(r, leader, at(drawn, "09:00:00"));
                    if (!id && id.error().code == QLatin1String("invalid"))
                        continue; // no notes in the period: a small demo
                    if (!id)
                        return id.status();
                    auto items = qa.items(id.value());
                    if (!items)
                        return items.status();
                    for (const NoteQaStore::Item &item : items.value()) {
                        if (k == 0 && !rng.permille(600))
                            continue; // not checked yet
                        const bool fail =
                            vague.contains(item.body) ? rng.permille(850) : rng.permille(40);
                        const QDate checked = qMin(asOf, drawn.addDays(rng.between(0, 1)));
                        if (Status s = qa.markInTransaction(
                                item.id, fail ? QStringLiteral("fail") : QStringLiteral("pass"),
                                fail ? rng.pick(failComments) : QString(), leader,
                                at(checked, "14:00:00"), item.version);
                            !s)
                            return s;
                    }
                }
            }
        }
    }
    return tx.commit();
}

// Reoffences (recommendation 5): about one non-detained person in twenty offended again in
// the community over the last two years, once to three times, people of no fixed abode about
// three times as often as those with an address; none after a removal. Runs last, its own
// randomness per person; recorded through the store, dated by the demo. One transaction.
Status addReoffences(QSqlDatabase db, quint64 seed, const QDate &asOf)
{
    const Catalogue &cat = catalogue();
    // Before the forward-only read below, which another query would cut short on PostgreSQL.
    const auto removals = removedOn(db);
    if (!removals)
        return removals.status();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, address_status, case_owner FROM person WHERE custody = '%1' "
                           "ORDER BY id")
                .arg(Codes::nonDetained())))
        return Status::fail(DemoGenerator::tr("Could not read the demo people"),
                            q.lastError().text());
    struct Person
    {
        qint64 id;
        bool nfa;
        QString owner;
        QDate removedOn;
    };
    QVector<Person> persons;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        persons << Person{id, q.value(1).toString() == QLatin1String("NFA"), q.value(2).toString(),
                          removals.value().value(id)};
    }
    q.finish();

    static const Table offences{{"Shoplifting", 22},
                                {"Theft from a person", 8},
                                {"Common assault", 12},
                                {"Assault occasioning actual bodily harm", 5},
                                {"Possession of a controlled drug (class B)", 12},
                                {"Possession with intent to supply (class A)", 4},
                                {"Driving while disqualified", 6},
                                {"Criminal damage", 8},
                                {"Burglary (dwelling)", 4},
                                {"Handling stolen goods", 4},
                                {"Breach of a restraining order", 5},
                                {"Failing to surrender to bail", 5},
                                {"Begging and vagrancy offences", 3},
                                {"Possession of a bladed article", 3}};
    static const Table sources{
        {"police", 40}, {"pnc", 25}, {"court", 18}, {"probation", 12}, {"other", 5}};
    static const Table notes{{"", 35},
                             {"Arrested and charged; bailed to the magistrates' court.", 15},
                             {"Convicted at the magistrates' court; fined.", 12},
                             {"Community order imposed; probation informed us.", 10},
                             {"Released under investigation.", 10},
                             {"Cautioned.", 8},
                             {"Remanded in custody, then released on bail.", 5},
                             {"Found by the PNC check before the 3-monthly review.", 5}};
    static const int countWeights[] = {70, 22, 8}; // 1, 2, 3 reoffences

    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus();
    ReoffenceStore store(db);
    for (const Person &p : persons) {
        Rng rng(seed ^ 0xc2b2ae3d27d4eb4fULL ^ (quint64(p.id) * 0x9e3779b97f4a7c15ULL));
        if (!rng.permille(p.nfa ? 130 : 38))
            continue;
        int r = int(rng.below(100)), count = 1;
        for (int w : countWeights) {
            if (r < w)
                break;
            r -= w;
            ++count;
        }
        // In the community: before a removal, within the last two years.
        const QDate until = p.removedOn.isValid() ? qMin(asOf, p.removedOn.addDays(-1)) : asOf;
        const QDate from = asOf.addDays(-729);
        if (until < from)
            continue;
        const QString by = p.owner.isEmpty() ? rng.pick(cat.caseworkers) : p.owner;
        for (int i = 0; i < count; ++i) {
            Reoffence o;
            o.personId = p.id;
            o.offenceOn = from.addDays(rng.between(0, int(from.daysTo(until))));
            o.offence = offences.pick(rng);
            o.source = sources.pick(rng);
            o.notes = notes.pick(rng);
            // Learned of within a few weeks, and recorded that day.
            const QDate recorded = qMin(asOf, o.offenceOn.addDays(rng.between(1, 40)));
            if (auto id = store.recordInTransaction(o, by, stampAt(recorded, "14:20:00")); !id)
                return id.status();
        }
    }
    return tx.commit();
}

} // namespace

// The last two mornings' CID imports (issue 23: What Changed and Today's section of it would
// otherwise be empty in a demo), recorded as an import records itself, by the administrator:
// a few people's band moves, new owners, barriers opened and custody changes. Invented like
// everything else here, each change ends in the state the demo leaves the person in (its
// "after" is what they have now), so the record and the people agree. No file was read: the
// files' names say so, and their hashes are of those names.
Status addImportHistory(QSqlDatabase db, quint64 seed, const QDate &asOf)
{
    Rng rng(seed ^ 0x1d9b7e5c3a2f4861ULL);
    const Catalogue &cat = catalogue();
    QVector<qint64> ids;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id FROM person ORDER BY id")))
            return Status::fail(DemoGenerator::tr("Could not read the demo people"),
                                q.lastError().text());
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    ImportStore imports(db);
    const auto people = imports.personSnapshots(ids);
    if (!people)
        return people.status();
    const auto barriers = imports.openBarrierSnapshots(ids);
    if (!barriers)
        return barriers.status();
    using Kind = ImportChange::Kind;
    for (const QDate &day : {asOf.addDays(-1), asOf}) {
        QVector<ImportChange> changes;
        QSet<qint64> changed;
        for (const qint64 id : std::as_const(ids)) {
            const PersonSnapshot &now = people.value().value(id);
            if (now.band >= 1 && now.band <= 4 && rng.permille(15)) {
                const int before = now.band == 4 ? 3 : now.band == 1 ? 2 : now.band + 1;
                changes << ImportChange{id, Kind::BandChanged, QString::number(before),
                                        QString::number(now.band), now.bandRule};
                changed << id;
            }
            if (!now.caseOwner.isEmpty() && rng.permille(8)) {
                QString before = rng.pick(cat.caseworkers);
                if (before == now.caseOwner)
                    before = QString(); // nobody owned them before
                changes << ImportChange{id, Kind::OwnerChanged, before, now.caseOwner, QString()};
                changed << id;
            }
            if (now.custody == Codes::detained() && rng.permille(40)) {
                changes << ImportChange{id, Kind::CustodyChanged, Codes::nonDetained(), now.custody,
                                        QString()};
                changed << id;
            }
        }
        for (const BarrierSnapshot &b : barriers.value()) {
            if (rng.permille(6)) {
                changes << ImportChange{b.personId, Kind::BarrierOpened, QString(), QString(),
                                        b.caseType + QLatin1Char(' ') + b.caseRef};
                changed << b.personId;
            }
        }
        ImportSummary files;
        files.casesFile = QStringLiteral("demo-cid-cases-%1.csv").arg(day.toString(Qt::ISODate));
        files.reportingFile =
            QStringLiteral("demo-cid-reporting-%1.csv").arg(day.toString(Qt::ISODate));
        const auto hashOf = [](const QString &name) {
            return QString::fromLatin1(
                QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
        };
        files.casesSha256 = hashOf(files.casesFile);
        files.reportingSha256 = hashOf(files.reportingFile);
        files.personsUpdated = changed.size();
        files.personsUnchanged = ids.size() - changed.size();
        if (Status s =
                Transaction::run(db,
                                 [&]() -> Status {
                                     const auto id =
                                         imports.beginImport(stampAt(day, "06:30:00"),
                                                             QStringLiteral("dfarrow"), files);
                                     if (!id)
                                         return id.status();
                                     files.importId = id.value();
                                     if (Status r = imports.recordChanges(id.value(), changes); !r)
                                         return r;
                                     return imports.finishImport(files, stampAt(day, "06:34:00"));
                                 });
            !s)
            return s;
    }
    return {};
}

Status DemoGenerator::generate(QSqlDatabase db, const Options &options,
                               const PersonStore::Progress &progress)
{
    const QDate asOf = QDate::fromString(options.asOf, Qt::ISODate);
    if (!asOf.isValid())
        return Status::fail(
            tr("The demo reference date \"%1\" is not a date (YYYY-MM-DD)").arg(options.asOf));
    if (options.persons < 0)
        return Status::fail(tr("The number of demo people cannot be negative"));
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT 1 FROM person LIMIT 1")))
            return Status::fail(tr("Could not read the database"), q.lastError().text());
        if (q.next())
            return Error{tr("Demo data can only be added to an empty database"), QString(),
                         NotEmpty};
    }
    // Written as it would have been on its as-of date: imports, barriers first seen in CID and
    // every record stamped that day (at noon, the real time of day when it is today), so that
    // the figures on that day see the whole demo, whenever it is made. The window makes its
    // demo synchronously, so nothing else reads the clock meanwhile.
    const Clock::Fixed onItsDay(asOf == Clock::today() ? Clock::now()
                                                       : QDateTime(asOf, QTime(12, 0)));
    PersonFactory factory(options, asOf);
    PersonStore store(db);
    const int progressEvery = std::clamp(options.persons / 100, 1, 1000);
    if (Status s =
            store.addPeople([&factory](PersonStore::NewPerson &p) { return factory.next(p); },
                            progress, progressEvery);
        !s)
        return s;
    // Travel documents before removals, which follow them; removals before the reporting
    // history, so the diary the removal store searches by kind is still small.
    if (Status s = addTravelDocuments(db, options.seed, asOf); !s)
        return s;
    if (Status s = addRemovalProgression(db, options.seed, asOf); !s)
        return s;
    if (Status s = addReportingHistory(db, options.seed, asOf); !s)
        return s;
    if (Status s = addNotesAndOverrides(db, factory.featured(), options.seed, asOf); !s)
        return s;
    if (Status s = addTeamLeaderWork(db, options.seed, asOf); !s)
        return s;
    if (Status s = addReoffences(db, options.seed, asOf); !s)
        return s;
    if (Status s = addImportHistory(db, options.seed, asOf); !s)
        return s;
    // The reporting history is written in bulk: the people's stored spans follow it once.
    if (Status s = Transaction::run(
            db, [&] { return PersonStore(db).refreshAllReportingSpansInTransaction(); });
        !s)
        return s;
    // PostgreSQL plans by its table statistics, which a bulk load leaves empty until autovacuum
    // comes by: the first figures would take ten times as long.
    // (Quietly: a role that is not a superuser is warned of every system table it may not
    // analyze.)
    if (db.driverName() == QLatin1String("QPSQL")) {
        QSqlQuery analyze(db);
        analyze.exec(QStringLiteral("SET client_min_messages = error"));
        const bool analyzed = analyze.exec(QStringLiteral("ANALYZE"));
        const QString detail = analyze.lastError().text();
        analyze.exec(QStringLiteral("RESET client_min_messages"));
        if (!analyzed)
            return Status::fail(tr("Could not update the database's statistics"), detail);
    }
    return {};
}
