#include "caseloadmodel.h"
#include "domain/clock.h"

#include "colours.h"
#include "displaytext.h"
#include "domain/banding.h"
#include "domain/personsummary.h"
#include "domain/stock.h"
#include "domain/triage.h"
#include "roles.h"

#include <QBrush>

CaseloadModel::CaseloadModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_store(std::move(db))
{
    recount();
}

void CaseloadModel::recount()
{
    m_pages.clear();
    m_pageUse.clear();
    m_orderedIds.reset();
    // Every page of this reading judged at one moment, so a page read a minute later does not
    // sort the triage columns differently from the ones before it.
    m_at = m_filter.at.isValid() ? m_filter.at : Moment::now();
    CaseloadFilter everyone;
    everyone.showRemoved = m_filter.showRemoved;
    everyone.at = m_at;
    const Result<int> total = m_store.count(everyone);
    m_total = total ? total.value() : 0;
    if (m_filter.isEmpty()) {
        m_count = m_total;
    } else {
        const Result<int> count = m_store.count(judged());
        m_count = count ? count.value() : 0;
        if (!count)
            emit errorOccurred(count.error().toString());
    }
    if (!total)
        emit errorOccurred(total.error().toString());
}

void CaseloadModel::setFilter(const CaseloadFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    recount();
    endResetModel();
    emit countsChanged(m_count, m_total);
}

void CaseloadModel::refresh()
{
    beginResetModel();
    recount();
    endResetModel();
    emit countsChanged(m_count, m_total);
}

void CaseloadModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(CaseloadColumn::Count))
        return;
    // Rows are re-read from SQL in the new order; a reset is the honest signal for that.
    beginResetModel();
    m_sortColumn = CaseloadColumn(column);
    m_sortOrder = order;
    m_pages.clear();
    m_pageUse.clear();
    m_orderedIds.reset();
    endResetModel();
}

int CaseloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int CaseloadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(CaseloadColumn::Count);
}

const CaseloadRow *CaseloadModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const auto rows = readPage(page);
        if (!rows)
            return nullptr;
        if (m_pages.size() >= MaxCachedPages && !m_pageUse.isEmpty())
            m_pages.remove(m_pageUse.takeFirst());
        it = m_pages.insert(page, rows.value());
    }
    // Most recently used last, so eviction drops the page longest out of sight.
    m_pageUse.removeOne(page);
    m_pageUse.append(page);
    const int offset = row - page * PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

Result<QVector<CaseloadRow>> CaseloadModel::readPage(int page) const
{
    // Sorted by a computed rule, past the first page (which the sort finds on its own faster):
    // everyone in order once, then each page's rows by id.
    if (!CaseloadStore::sortComputes(m_sortColumn) || (page == 0 && !m_orderedIds))
        return m_store.fetch(judged(), m_sortColumn, m_sortOrder, page * PageSize, PageSize);
    if (!m_orderedIds) {
        auto ids = m_store.ids(judged(), m_sortColumn, m_sortOrder, 0, -1);
        if (!ids)
            return ids.error();
        m_orderedIds = std::move(ids).value();
    }
    return m_store.rows(m_orderedIds->mid(page * PageSize, PageSize), m_at);
}

CaseloadFilter CaseloadModel::judged() const
{
    CaseloadFilter f = m_filter;
    f.at = m_at;
    return f;
}

qint64 CaseloadModel::personIdAt(int row) const
{
    const CaseloadRow *r = rowAt(row);
    return r ? r->id : 0;
}

int CaseloadModel::personVersionAt(int row) const
{
    const CaseloadRow *r = rowAt(row);
    return r ? r->version : 0;
}

QStringList CaseloadModel::owningUnits() const
{
    const auto units = m_store.owningUnits();
    return units ? units.value() : QStringList();
}

QStringList CaseloadModel::caseOwners() const
{
    const auto owners = m_store.caseOwners();
    return owners ? owners.value() : QStringList();
}

QVariant CaseloadModel::display(const CaseloadRow &r, CaseloadColumn column) const
{
    switch (column) {
    case CaseloadColumn::FamilyName:
        return r.familyName;
    case CaseloadColumn::GivenNames:
        return r.givenNames;
    case CaseloadColumn::PersonRef:
        return r.personRef;
    case CaseloadColumn::Nationality:
        return r.nationality;
    case CaseloadColumn::Band:
        // Out of the stock, so not banded (Stock): the band they had stays in the record.
        return bandText(r.band.value_or(0), r.bandOverridden, r.bandProvisional,
                        Stock::isRemoved(r.removedOn, Clock::today()) ? r.removedOn : QDate());
    case CaseloadColumn::OwningUnit:
        return r.owningUnit;
    case CaseloadColumn::CaseOwner:
        return r.caseOwner;
    case CaseloadColumn::Custody:
        return DisplayText::custody(r.custody);
    case CaseloadColumn::Mappa:
        if (r.mappaLevel.isEmpty())
            return QString();
        return r.mappaLevel == QLatin1String("EX") ? tr("Ex-MAPPA") : r.mappaLevel;
    case CaseloadColumn::Sentence:
        return r.sentenceMonths ? QVariant(*r.sentenceMonths) : QVariant();
    case CaseloadColumn::ReportingFrequency:
        return DisplayText::reportingFrequency(r.reportingFrequency);
    case CaseloadColumn::Flags:
        return Flags::labels(r.flags);
    case CaseloadColumn::OpenBarriers:
        return r.openBarriers;
    case CaseloadColumn::LastOutcome:
        return r.lastScheduled.isEmpty() ? QString() : DisplayText::reportingOutcome(r.lastOutcome);
    case CaseloadColumn::LastReported:
        return DisplayText::dateTime(r.lastScheduled);
    case CaseloadColumn::BreachRun:
        return r.breachRun > 0 ? QVariant(r.breachRun) : QVariant();
    case CaseloadColumn::NextDiary:
        return r.nextDiary.isValid() ? DisplayText::date(r.nextDiary.toString(Qt::ISODate))
                                     : QString();
    case CaseloadColumn::LastAction: {
        const std::optional<int> days = Triage::daysSince(r.lastAction, m_at.date());
        return days ? QVariant(*days) : QVariant();
    }
    case CaseloadColumn::OpenTaskings:
        return r.openTaskings > 0 ? QVariant(r.openTaskings) : QVariant();
    case CaseloadColumn::Count:
        break;
    }
    return QVariant();
}

QString CaseloadModel::bandText(int band, bool overridden, bool provisional, const QDate &removedOn)
{
    if (removedOn.isValid())
        return tr("Removed on %1").arg(DisplayText::date(removedOn.toString(Qt::ISODate)));
    QString text = Banding::label(band);
    if (overridden)
        text += tr(" (override)");
    else if (provisional)
        text += tr(" (provisional)");
    return text;
}

QStringList CaseloadModel::bandTexts()
{
    QStringList texts;
    for (int band = 0; band <= 4; ++band) {
        texts << bandText(band, false, false, QDate()) << bandText(band, true, false, QDate())
              << bandText(band, false, true, QDate());
    }
    // Month names differ in width; the 28th is in every month, and two digits wide.
    for (int month = 1; month <= 12; ++month)
        texts << bandText(0, false, false, QDate(2000, month, 28));
    return texts;
}

QStringList CaseloadModel::reportingTexts()
{
    QStringList texts;
    for (const char *code : {"WEEKLY", "FORTNIGHTLY", "MONTHLY", "QUARTERLY", "NONE"})
        texts << DisplayText::reportingFrequency(QLatin1String(code));
    return texts;
}

QVariant CaseloadModel::sortValue(const CaseloadRow &r, CaseloadColumn column) const
{
    switch (column) {
    case CaseloadColumn::Band:
        return r.band.value_or(0);
    case CaseloadColumn::Sentence:
        return r.sentenceMonths ? QVariant(*r.sentenceMonths) : QVariant();
    case CaseloadColumn::OpenBarriers:
        return r.openBarriers;
    case CaseloadColumn::LastOutcome:
        return r.lastOutcome;
    case CaseloadColumn::LastReported:
        return r.lastScheduled;
    case CaseloadColumn::BreachRun:
        return r.breachRun;
    case CaseloadColumn::NextDiary:
        return r.nextDiary;
    case CaseloadColumn::LastAction:
        return display(r, column); // the days, as shown
    case CaseloadColumn::OpenTaskings:
        return r.openTaskings;
    case CaseloadColumn::Flags:
        return r.flags;
    case CaseloadColumn::Custody:
        return r.custody;
    case CaseloadColumn::Mappa:
        return r.mappaLevel;
    case CaseloadColumn::ReportingFrequency:
        return r.reportingFrequency;
    default:
        return display(r, column);
    }
}

QVariant CaseloadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const CaseloadRow *r = rowAt(index.row());
    if (!r)
        return QVariant();
    const auto column = CaseloadColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(*r, column);
    case Qt::DecorationRole:
        // Colour is a second cue beside the band's text, never the only one.
        if (column == CaseloadColumn::Band)
            return Banding::colour(
                Stock::isRemoved(r->removedOn, Clock::today()) ? 0 : r->band.value_or(0));
        return QVariant();
    case Qt::ToolTipRole:
        // An override is never provisional (issue 15 rule 5).
        if (column == CaseloadColumn::Band && r->bandOverridden)
            return tr("Band set by a team leader's override");
        if (column == CaseloadColumn::Band && r->bandProvisional)
            return Banding::provisionalText(r->bandMissing);
        return QVariant();
    case Qt::TextAlignmentRole:
        switch (column) {
        case CaseloadColumn::Sentence:
        case CaseloadColumn::OpenBarriers:
        case CaseloadColumn::BreachRun:
        case CaseloadColumn::LastAction:
        case CaseloadColumn::OpenTaskings:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant();
        }
    case Qt::ForegroundRole:
        // A breach, an overdue diary entry: the problem colour, beside words that say so.
        if ((column == CaseloadColumn::LastOutcome && !r->lastScheduled.isEmpty() &&
             BreachRules::isBreachOutcome(r->lastOutcome)) ||
            (column == CaseloadColumn::BreachRun && r->breachRun > 0) ||
            (column == CaseloadColumn::NextDiary && r->nextDiary.isValid() &&
             r->nextDiary < m_at.date()))
            return Colours::problem();
        return QVariant();
    case Roles::PersonId:
        return r->id;
    case Roles::Band:
        return r->band.value_or(0);
    case Roles::Sort:
        return sortValue(*r, column);
    case Roles::Code:
        if (column == CaseloadColumn::Flags)
            return r->flags;
        if (column == CaseloadColumn::Custody)
            return r->custody;
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == int(CaseloadColumn::Sentence))
            return tr("Longest sentence of the person's criminal cases, in months");
        if (section == int(CaseloadColumn::OpenBarriers))
            return tr("Open barriers to removal");
        if (section == int(CaseloadColumn::Band))
            return tr("Effective band: a team leader's override where there is one, else the "
                      "computed band. Sorted by band, then within a band by urgency: the longest "
                      "run of breaches first, then the nearest diary date");
        switch (CaseloadColumn(section)) {
        case CaseloadColumn::LastOutcome:
            return tr("The outcome of the person's last reporting event that was due");
        case CaseloadColumn::LastReported:
            return tr("When the person's last reporting event that was due was scheduled");
        case CaseloadColumn::BreachRun:
            return tr("Breaches since the person last reported (the non-compliance queue's run)");
        case CaseloadColumn::NextDiary:
            return tr("The due date of the person's earliest diary entry not done, overdue or "
                      "not");
        case CaseloadColumn::LastAction:
            return tr("Days since someone last recorded a note, a follow-up step, a barrier, a "
                      "travel document, a review or an allocation for the person (CID's "
                      "imports do not count)");
        case CaseloadColumn::OpenTaskings:
            return tr("Taskings to a reporting centre not yet closed");
        default:
            break;
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (CaseloadColumn(section)) {
    case CaseloadColumn::FamilyName:
        return tr("Family name");
    case CaseloadColumn::GivenNames:
        return tr("Given names");
    case CaseloadColumn::PersonRef:
        return tr("Person ref");
    case CaseloadColumn::Nationality:
        return tr("Nationality");
    case CaseloadColumn::Band:
        return tr("Band");
    case CaseloadColumn::OwningUnit:
        return tr("Owning unit");
    case CaseloadColumn::CaseOwner:
        return tr("Case owner");
    case CaseloadColumn::Custody:
        return tr("Custody");
    case CaseloadColumn::Mappa:
        return tr("MAPPA");
    case CaseloadColumn::Sentence:
        return tr("Sentence");
    case CaseloadColumn::ReportingFrequency:
        return tr("Reporting");
    case CaseloadColumn::Flags:
        return tr("Flags");
    case CaseloadColumn::OpenBarriers:
        return tr("Barriers");
    case CaseloadColumn::LastOutcome:
        return tr("Last outcome");
    case CaseloadColumn::LastReported:
        return tr("Last due");
    case CaseloadColumn::BreachRun:
        return tr("Breaches in a row");
    case CaseloadColumn::NextDiary:
        return tr("Next diary");
    case CaseloadColumn::LastAction:
        return tr("Days since action");
    case CaseloadColumn::OpenTaskings:
        return tr("Taskings");
    case CaseloadColumn::Count:
        break;
    }
    return QVariant();
}
