#pragma once

#include "db/error.h"
#include "domain/moment.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

// Today (issue 23): what the signed-in user must do today, and for whom, in sections read from
// the stores that own each list, on the people they own (their case owner is the user):
// - breaches since the last working day (WorkingDays), unactioned first, band 1 and Nexus High
//   Harm next (RecentBreach::moreUrgent);
// - the diary: entries overdue, due today, due in the next 7 days (DiaryStore, "My diary": the
//   entries on their people and those they wrote);
// - what the latest CID import changed on their people (ImportStore::changes);
// - reviews overdue, and due within the 14 days after today (ReviewStore, ReviewRules);
// - people ripe for progression (ProgressionStore), and holds ending within 7 days;
// - data-quality problems (DataQualityStore);
// for a manager (setHeadline), first, the headline figures and their change since the latest
// publication; and for a team leader (setTeam), the people waiting for a case owner
// (AllocationStore:: waiting), their team's reviews to sign off, declarations to countersign, and
// caseworkers over capacity. A tree: one row per section (its title and count), the people under
// it, most urgent first. A section's count is the number of rows under it.
class TodayModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Reference, // a section's title on its row
        Name,
        Band,
        What,
        When,
        ColumnCount
    };
    Q_ENUM(Column)

    // A section's key (Roles::Code on its row and on its people's).
    static inline const QString Breaches = QStringLiteral("breaches");
    static inline const QString DiaryOverdue = QStringLiteral("diary_overdue");
    static inline const QString DiaryToday = QStringLiteral("diary_today");
    static inline const QString DiaryWeek = QStringLiteral("diary_week");
    static inline const QString Changes = QStringLiteral("changes");
    static inline const QString ReviewsOverdue = QStringLiteral("reviews_overdue");
    static inline const QString ReviewsSoon = QStringLiteral("reviews_soon");
    static inline const QString Ripe = QStringLiteral("ripe");
    static inline const QString HoldsEnding = QStringLiteral("holds_ending");
    static inline const QString DataQuality = QStringLiteral("data_quality");
    // A manager's (setHeadline), first: the headline figures.
    static inline const QString Headline = QStringLiteral("headline");
    // A team leader's (setTeam): everyone waiting for a case owner, then their team's people.
    static inline const QString AllocationWaiting = QStringLiteral("allocation_waiting");
    static inline const QString ReviewsToSign = QStringLiteral("reviews_to_sign");
    static inline const QString Countersign = QStringLiteral("countersign");
    static inline const QString OverCapacity = QStringLiteral("over_capacity");
    // In order; a manager's headline first when `headline`, a team leader's sections after the
    // user's own when `team`.
    static QStringList sectionKeys(bool team = false, bool headline = false);
    // The headline figures a manager's Today shows, in order: people figures (Figures::people).
    static QStringList headlineKeys();

    // Reviews due within this many days after today; holds ending within this many.
    static constexpr int ReviewDays = 14;
    static constexpr int HoldDays = 7;

    struct Item
    {
        qint64 personId = 0;
        QString personRef;
        QString name;
        int band = 0;
        QString what;
        QString when;
    };
    struct Section
    {
        Section(QString key, QString title, QString personTab = {}, QString view = {})
            : key(std::move(key)), title(std::move(title)), personTab(std::move(personTab)),
              view(std::move(view))
        {
        }
        QString key;
        QString title;
        // The tab of the person's record the section's people open on.
        QString personTab;
        // For rows that are not people (a caseworker, a figure): the view they open.
        QString view;
        QVector<Item> items;
    };

    explicit TodayModel(QSqlDatabase db, QObject *parent = nullptr);

    void setUser(const QString &user) { m_user = user; }
    QString user() const { return m_user; }
    // The team the user leads (empty: none): adds the people waiting for a case owner, the
    // reviews its members' people have waiting for sign-off, their absconder declarations to
    // countersign, and its caseworkers over capacity (AllocationStore::workload; a row per
    // caseworker, no person to open).
    void setTeam(const QString &team) { m_team = team; }
    QString team() const { return m_team; }
    // A manager's: the headline figures now, each with its change since the latest publication
    // (FigureSnapshotStore) where there is one and the figure's rule is the same; a row per
    // figure, no person to open.
    void setHeadline(bool headline) { m_headline = headline; }
    bool headline() const { return m_headline; }
    // The moment "now" (the window passes the clock): the breaches are those due by then.
    void setMoment(const Moment &at) { m_at = at; }
    Moment moment() const { return m_at; }
    // Reads every section again; on an error, the sections read before it are kept and the
    // rest left out (the error says which list could not be read).
    Status reload();

    int sectionCount() const { return int(m_sections.size()); }
    const Section &section(int i) const { return m_sections.at(i); }
    // The section of `key`, or null.
    const Section *find(const QString &key) const;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Status read(QVector<Section> &out) const;
    Result<Section> readHeadline() const;

    QSqlDatabase m_db;
    QString m_user;
    QString m_team;
    bool m_headline = false;
    Moment m_at;
    QVector<Section> m_sections;
};
