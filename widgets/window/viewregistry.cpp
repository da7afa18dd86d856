#include "viewregistry.h"

#include "caseload/caseloadview.h"
#include "dashboard/dashboardview.h"
#include "lists/abscondersview.h"
#include "lists/barriersview.h"
#include "lists/centresview.h"
#include "lists/dataqualityview.h"
#include "lists/importchangesview.h"
#include "lists/importhistoryview.h"
#include "lists/mydiaryview.h"
#include "lists/noncomplianceview.h"
#include "lists/noteqaview.h"
#include "lists/progressionview.h"
#include "lists/publishedfiguresview.h"
#include "lists/removalsview.h"
#include "lists/reviewcheckview.h"
#include "lists/todayview.h"
#include "lists/traveldocumentsview.h"
#include "lists/workloadview.h"

namespace {

template <typename View> ViewBase *make(const AppContext &context, QWidget *parent)
{
    return new View(context, parent);
}

QVector<ViewRegistry::Entry> makeEntries()
{
    using R = ViewRegistry;
    const QString reporting = QStringLiteral("reporting");
    return {
        {QStringLiteral("caseload"), R::tr("Caseload"), R::tr("&Caseload"),
         QKeySequence(R::tr("Ctrl+1")), QString(), QString(), make<CaseloadView>},
        // The first screen: MainWindow opens it in front of the caseload.
        {QStringLiteral("today"), R::tr("Today"), R::tr("T&oday"), QKeySequence(R::tr("Ctrl+0")),
         QString(), QString(), make<TodayView>},
        {QStringLiteral("noncompliance"), R::tr("Non-compliance"), R::tr("&Non-compliance Queue"),
         QKeySequence(R::tr("Ctrl+2")), reporting, QString(), make<NoncomplianceView>},
        {QStringLiteral("diary"), R::tr("My Diary"), R::tr("My &Diary"),
         QKeySequence(R::tr("Ctrl+3")), QString(), QString(), make<MyDiaryView>},
        {QStringLiteral("dashboard"), R::tr("Dashboard"), R::tr("Das&hboard"),
         QKeySequence(R::tr("Ctrl+4")), QString(), QString(), make<DashboardView>},
        {QStringLiteral("centres"), R::tr("Reporting Centres"), R::tr("Reporting Cen&tres"),
         QKeySequence(), QString(), QString(), make<CentresView>},
        {QStringLiteral("absconders"), R::tr("Absconders"), R::tr("&Absconders"), QKeySequence(),
         reporting, QString(), make<AbscondersView>},
        {QStringLiteral("travel_documents"), R::tr("Travel Documents"),
         R::tr("Travel Documents at a &Glance"), QKeySequence(), QString(), QString(),
         make<TravelDocumentsView>},
        {QStringLiteral("barriers"), R::tr("Barriers to Removal"), R::tr("&Barriers to Removal"),
         QKeySequence(), QString(), QString(), make<BarriersView>},
        {QStringLiteral("ripe"), R::tr("Progression"), R::tr("Ripe for &Progression"),
         QKeySequence(), QString(), QString(), make<ProgressionView>},
        {QStringLiteral("documents_to_seek"), R::tr("Progression"),
         R::tr("Travel Documents to &Seek (Barrier Open)"), QKeySequence(), QString(),
         QStringLiteral("ripe"), nullptr},
        {QStringLiteral("removals"), R::tr("Removals"), R::tr("Re&movals"), QKeySequence(),
         QString(), QString(), make<RemovalsView>},
        {QStringLiteral("workload"), R::tr("Workload"), R::tr("Wor&kload"), QKeySequence(),
         QString(), QString(), make<WorkloadView>},
        // A review is recorded or signed off on the person's Reviews tab.
        {QStringLiteral("reviews"), R::tr("Review Check"), R::tr("Re&view Check"), QKeySequence(),
         QStringLiteral("reviews"), QString(), make<ReviewCheckView>},
        {QStringLiteral("data_quality"), R::tr("Data Quality"), R::tr("Data &Quality"),
         QKeySequence(), QString(), QString(), make<DataQualityView>},
        {QStringLiteral("note_qa"), R::tr("Note Quality"), R::tr("&Note Quality"), QKeySequence(),
         QString(), QString(), make<NoteQaView>},
        {QStringLiteral("changes"), R::tr("What Changed"), R::tr("&What Changed"), QKeySequence(),
         QString(), QString(), make<ImportChangesView>},
        {QStringLiteral("imports"), R::tr("Import History"), R::tr("&Import History"),
         QKeySequence(), QString(), QString(), make<ImportHistoryView>},
        {QStringLiteral("published"), R::tr("Published Figures"), R::tr("P&ublished Figures"),
         QKeySequence(), QString(), QString(), make<PublishedFiguresView>},
    };
}

} // namespace

const QVector<ViewRegistry::Entry> &ViewRegistry::entries()
{
    // Built once, in the language loaded when first asked.
    static const QVector<Entry> all = makeEntries();
    return all;
}

const ViewRegistry::Entry *ViewRegistry::find(const QString &key)
{
    for (const Entry &e : entries())
        if (e.key == key)
            return &e;
    return nullptr;
}

QStringList ViewRegistry::keys()
{
    QStringList out;
    for (const Entry &e : entries())
        out << e.key;
    return out;
}

QString ViewRegistry::actionName(const QString &key)
{
    QString name;
    bool upper = false;
    for (const QChar c : key) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name + QStringLiteral("Action");
}

ViewBase *ViewRegistry::create(const Entry &entry, const AppContext &context, QWidget *parent)
{
    const Entry *own = entry.partOf.isEmpty() ? &entry : find(entry.partOf);
    if (!own || !own->create)
        return nullptr;
    ViewBase *view = own->create(context, parent);
    view->identify(own->key, own->title);
    return view;
}
