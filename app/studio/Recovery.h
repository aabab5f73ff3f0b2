#pragma once
// Recovering what crashed sessions autosaved. Each autosave is offered, newest first, until one is taken:
// the taken one and every declined one are deleted, those not asked about stay for the next start (nothing is
// thrown away unasked). How the user is asked is a parameter, so tests answer without a dialog.
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>

namespace fgg::studio {

class Document;

/// Whether to recover the autosave at `path`, written at `savedAt`.
using RecoveryPrompt = std::function<bool(const QString& path, const QDateTime& savedAt)>;

struct RecoveryResult {
    QString recovered;  ///< the autosave now in the document; empty when none was taken
    QStringList errors; ///< autosaves that could not be read (kept for another try), with the reason
};

/// Offers Autosave::recoverable() through `ask`. A taken autosave becomes unsaved work in `doc`: one undo
/// step (named `undoText`) over an empty piece, with the generation settings it was saved with.
RecoveryResult recoverAutosaves(Document* doc, const RecoveryPrompt& ask, const QString& undoText);

} // namespace fgg::studio
