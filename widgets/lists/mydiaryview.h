#pragma once

#include "common/usersettings.h"
#include "common/viewbase.h"

#include <QSqlDatabase>
#include <QWidget>
#include <optional>

class EmptyListNotice;
class MyDiaryModel;
class OwnerFilter;
class QAction;
class QLabel;
class QPushButton;
class QTableView;

// View → My Diary: the signed-in user's overdue entries, today's and the next 7 days', on
// the people they own or that they wrote (or their team's, or everyone's). Mark Done clears
// one, and says so beside an Undo button (also Ctrl+Z) that opens it again; Enter opens the
// person.
class MyDiaryView : public ViewBase
{
    Q_OBJECT

public:
    MyDiaryView(const AppContext &context, QWidget *parent = nullptr);

    MyDiaryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public slots:
    void reload() override;
    void markSelectedDone();
    // Opens the entry last marked done again, if any.
    void undoDone();

private:
    void updateSummary();

    QString m_user;
    UserSettings m_settings;
    MyDiaryModel *m_model;
    QTableView *m_table;
    OwnerFilter *m_whose;
    QLabel *m_summary;
    QPushButton *m_done;
    EmptyListNotice *m_empty;
    // The entry last marked done, for Undo: one level, as the inline bar shows one.
    struct Done
    {
        qint64 entryId = 0;
        int version = 0; // after marking done
        qint64 personId = 0;
        QString what; // "“Chase the ETD” for Okafor, Sam (P1)"
    };
    std::optional<Done> m_lastDone;
    QWidget *m_undoBar;
    QLabel *m_undoLabel;
    QPushButton *m_undo;
    QAction *m_undoAction;
};
