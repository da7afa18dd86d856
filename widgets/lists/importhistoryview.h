#pragma once

#include "common/viewbase.h"
#include <QSqlDatabase>
#include <QWidget>

class ImportHistoryModel;
class QTableView;

// The list of CID imports: when, by whom, which files (SHA-256 on hover) and what each did.
class ImportHistoryView : public ViewBase
{
    Q_OBJECT

public:
    ImportHistoryView(const AppContext &context, QWidget *parent = nullptr);

    ImportHistoryModel *model() const { return m_model; }
    void reload() override;

private:
    ImportHistoryModel *m_model;
    QTableView *m_table;
};
