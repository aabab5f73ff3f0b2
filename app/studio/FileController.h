#pragma once
// File commands of the main window: new / open / save / save as, recent files, MIDI import and export,
// MusicXML and WAV export, and the "save changes?" prompt. Errors are shown with their message; the app keeps
// running.
#include "model/music/Score.h"

#include <QObject>
#include <QString>
#include <functional>

class QMenu;
class QWidget;

namespace fgg::studio {

class Document;

class FileController : public QObject {
    Q_OBJECT
public:
    FileController(Document* doc, QWidget* window);

    /// Asks to save unsaved changes: true when it is fine to go on (saved or discarded).
    bool maybeSave();
    void newFile();
    void open();
    bool openPath(const QString& path);
    bool save();
    bool saveAs();
    bool saveTo(const QString& path);
    void importMidi();
    /// Imports with default track roles and no dialog (for scripts and tests).
    bool importMidiPath(const QString& path, bool askRoles = true);
    void exportMidi(const Score& score, const QString& what);
    /// Writes `score` as a MIDI file without asking where (for scripts and tests).
    bool exportMidiTo(const Score& score, const QString& path);
    void exportMusicXml();
    void exportWav();
    void fillRecentMenu(QMenu* menu);
    /// The soundfont to render WAV files with ("" = default).
    void setSoundFont(const QString& path) { soundFont_ = path; }

Q_SIGNALS:
    void message(const QString& text);
    void recentFilesChanged();

private:
    QString startDir() const;
    void showError(const QString& title, const QString& text);

    Document* doc_;
    QWidget* window_;
    QString soundFont_;
};

} // namespace fgg::studio
