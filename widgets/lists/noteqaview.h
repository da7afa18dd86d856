#pragma once

#include "common/viewbase.h"
#include <QSqlDatabase>
#include <QWidget>

class QaRatesModel;
class QaSampleModel;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// View → Note Quality (recommendation 4): a team leader draws a reproducible sample of a
// caseworker's or a team's notes, reads each in full and marks it pass or fail with a comment;
// below, the QA rates per caseworker. The author sees the result on their note's timeline.
class NoteQaView : public ViewBase
{
    Q_OBJECT

public:
    NoteQaView(const AppContext &context, QWidget *parent = nullptr);

    QaSampleModel *sampleModel() const { return m_sample; }
    QaRatesModel *ratesModel() const { return m_rates; }
    QTableView *table() const { return m_table; }
    QComboBox *samplesCombo() const { return m_samples; }
    // Shows sample `sampleId` (after drawing one, or from a test).
    void showSample(qint64 sampleId);

public slots:
    void reload() override;
    void drawSample();

private:
    void loadSamples(qint64 select);
    void sampleChosen();
    void currentItemChanged();
    void markCurrent(const QString &result);
    void updateEmpty();
    void updateDrawButton();

    QSqlDatabase m_db;
    QString m_user;
    QaSampleModel *m_sample;
    QaRatesModel *m_rates;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_samples;
    QLabel *m_summary;
    QTableView *m_table;
    QLabel *m_empty;
    QPlainTextEdit *m_noteText;
    QPushButton *m_draw;
    QPushButton *m_pass;
    QPushButton *m_fail;
    QLabel *m_message;
    QTableView *m_ratesTable;
    QLabel *m_ratesEmpty;
};
