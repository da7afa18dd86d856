#pragma once

#include "db/error.h"

#include <QCoreApplication>
#include <functional>

class QWidget;

// What every dialog and panel does with a save refused as an edit conflict
// (EditConflict::Code): shows the refusal, which says who changed the record and what, with a
// Reload button that brings the other person's version on screen. One place, so every
// refusal reads and behaves the same.
class ConflictPrompt
{
    Q_DECLARE_TR_FUNCTIONS(ConflictPrompt)

public:
    // Object names, for tests and accessibility.
    static inline const QString DialogName = QStringLiteral("conflictPrompt");
    static inline const QString ReloadName = QStringLiteral("conflictReloadButton");

    static bool isConflict(const Error &error);
    // False (nothing shown) when `error` is not an edit conflict. Otherwise asks, modal over
    // `parent`, and runs `reload` when Reload is pressed (Cancel leaves the screen as it is);
    // true either way, so the caller shows no second message.
    static bool handle(QWidget *parent, const Error &error, const std::function<void()> &reload);
};
