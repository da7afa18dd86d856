#pragma once

#include "common/viewbase.h"
#include "domain/figurecomparison.h"
#include "domain/figuresnapshot.h"

#include <QHash>
#include <QSqlDatabase>
#include <QWidget>
#include <optional>

class ComparisonPanel;
class EmptyListNotice;
class FigureComparisonModel;
class PublishedFiguresModel;
class QComboBox;
class QLabel;
class QTableView;

// View → Published Figures (issue 22): every publication of the figures, newest first, and
// below it one people figure compared between the publication selected and now or another
// publication: the two values, how the difference adds up, the count by reason, and every
// person who joined or left with the fact that changed. Enter on a person opens them.
class PublishedFiguresView : public ViewBase
{
    Q_OBJECT

public:
    PublishedFiguresView(const AppContext &context, QWidget *parent = nullptr);

    PublishedFiguresModel *publications() const { return m_publications; }
    FigureComparisonModel *comparison() const;
    QTableView *publicationsTable() const { return m_list; }
    QTableView *changesTable() const;
    QComboBox *figureCombo() const { return m_figure; }
    QComboBox *targetCombo() const { return m_target; }
    QLabel *headerLabel() const;
    QLabel *reasonsLabel() const;
    // Selects publication `id` (its comparison follows); false when it is not listed.
    bool selectPublication(qint64 id);
    // The id of the publication selected, 0 for none.
    qint64 selectedPublication() const;
    // Publication `publicationId`'s figure `figure` compared with now (the dashboard's
    // "Compare with"); false when either is not offered.
    bool showComparison(qint64 publicationId, const QString &figure);
    // "ID/figure-key": showComparison() on them.
    bool showPart(const QString &part) override;

    // Capturing "now" reads every person: caught up when shown again or refreshed (F5).
    bool followsChangesLive() const override { return false; }

public slots:
    void reload() override;

private:
    void publicationChanged();
    void figureChanged();
    void compare();
    // The snapshot `id` with its people (0: now), read once per reload.
    Result<FigureSnapshot> snapshot(qint64 id);

    QSqlDatabase m_db;
    QString m_user;
    PublishedFiguresModel *m_publications;
    QTableView *m_list;
    EmptyListNotice *m_listEmpty;
    QWidget *m_panel;
    QComboBox *m_figure;
    QComboBox *m_target;
    ComparisonPanel *m_changes;
    QHash<qint64, FigureSnapshot> m_snapshots; // by id; 0 is now
    qint64 m_newestSeen = -1;
    bool m_reloading = false;
};
