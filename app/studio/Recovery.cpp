#include "app/studio/Recovery.h"

#include "app/studio/Autosave.h"
#include "app/studio/Document.h"
#include "app/studio/ProjectFile.h"

#include <QFileInfo>

namespace fgg::studio {

RecoveryResult recoverAutosaves(Document* doc, const RecoveryPrompt& ask, const QString& undoText) {
    RecoveryResult result;
    for (const QString& path : Autosave::recoverable()) {
        if (!ask(path, QFileInfo(path).lastModified())) {
            Autosave::discard(path);
            continue;
        }
        try {
            const Project p = loadProject(path);
            // Over an empty piece, so it counts as unsaved work and Undo shows what was recovered.
            doc->reset(emptyScore(), {}, p.generation);
            doc->replaceScore(p.score, undoText);
        } catch (const std::exception& e) {
            result.errors << QString::fromUtf8(e.what());
            continue; // keep the file for another try
        }
        Autosave::discard(path);
        result.recovered = path;
        break; // one piece per window: older autosaves wait for the next start
    }
    return result;
}

} // namespace fgg::studio
