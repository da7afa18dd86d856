#pragma once

#include "common/viewbase.h"
#include <QSqlDatabase>
#include <QWidget>

class EmptyListNotice;
class ImportChangesModel;
class QComboBox;
class QTableView;

// "What changed": what an import (the latest by default) changed for the caseload, filtered
// to the signed-in user's cases by default. Enter or a double click opens the person.
class ImportChangesView : public ViewBase
{
    Q_OBJECT

public:
    ImportChangesView(const AppContext &context, QWidget *parent = nullptr);

    ImportChangesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Re-reads the list of imports (after a new one, which becomes the one shown).
    void reload() override;

private:
    void apply();

    QSqlDatabase m_db;
    QString m_currentUser;
    ImportChangesModel *m_model;
    QComboBox *m_import;
    QComboBox *m_owner;
    QComboBox *m_kind;
    QTableView *m_table;
    EmptyListNotice *m_empty;
};
