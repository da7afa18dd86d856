#pragma once

#include "common/viewbase.h"
#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QTableView;
class TravelDocsGlanceModel;

// View → Travel Documents at a Glance (report 7.11): for each nationality, how many
// non-detained people have nothing sought, a document in progress, a usable one, or only
// refused or expired ones.
class TravelDocumentsView : public ViewBase
{
    Q_OBJECT

public:
    TravelDocumentsView(const AppContext &context, QWidget *parent = nullptr);
    TravelDocsGlanceModel *model() const { return m_model; }

public slots:
    void reload() override;

private:
    TravelDocsGlanceModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
};
