#pragma once

#include "common/usersettings.h"
#include "common/viewbase.h"

class QLabel;
class QTreeView;
class TodayModel;

// View → Today (Ctrl+0), the window's first screen: for the signed-in user, each of TodayModel's
// sections with its count; a section opened (→ or Enter) lists its people, most urgent first,
// and Enter on a person opens their record on the tab the section is about. The sections left
// open are remembered for the user.
class TodayView : public ViewBase
{
    Q_OBJECT

public:
    TodayView(const AppContext &context, QWidget *parent = nullptr);

    TodayModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    // Opens or closes the section `key` (TodayModel::sectionKeys); false for no such section.
    bool setSectionOpen(const QString &key, bool open);
    bool showPart(const QString &part) override;
    QString countText() const override;

public slots:
    void reload() override;

private:
    void rememberOpen();

    UserSettings m_settings;
    TodayModel *m_model;
    QTreeView *m_tree;
    QLabel *m_heading;
    bool m_restoring = false;
};
