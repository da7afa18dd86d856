#pragma once

#include <QSqlDatabase>
#include <QWidget>

class ImportHistoryModel;
class QTableView;

// The list of CID imports: when, by whom, which files (SHA-256 on hover) and what each did.
class ImportHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit ImportHistoryView(QSqlDatabase db, QWidget *parent = nullptr);

    ImportHistoryModel *model() const { return m_model; }
    void reload();

private:
    ImportHistoryModel *m_model;
    QTableView *m_table;
};
