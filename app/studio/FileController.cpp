#include "app/studio/FileController.h"

#include "app/studio/ChordHelp.h"
#include "app/studio/Document.h"
#include "app/studio/MidiImport.h"
#include "app/studio/MusicXmlExport.h"
#include "app/studio/Preferences.h"
#include "app/studio/ProjectFile.h"
#include "audio/OfflineRenderer.h"
#include "model/midi/MidiFile.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <atomic>

namespace fgg::studio {

FileController::FileController(Document* doc, QWidget* window)
    : QObject(window), doc_(doc), window_(window) {}

QString FileController::startDir() const {
    if (!doc_->filePath().isEmpty()) return QFileInfo(doc_->filePath()).absolutePath();
    const QStringList r = recent::files();
    if (!r.isEmpty()) return QFileInfo(r.first()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
}

void FileController::showError(const QString& title, const QString& text) {
    QMessageBox::warning(window_, title, text);
    Q_EMIT message(text);
}

bool FileController::maybeSave() {
    if (!doc_->isModified()) return true;
    const auto answer = QMessageBox::warning(
        window_, tr("Unsaved changes"), tr("“%1” has unsaved changes. Save them?").arg(doc_->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) return save();
    return answer == QMessageBox::Discard;
}

void FileController::newFile() {
    if (!maybeSave()) return;
    doc_->reset(emptyScore());
    Q_EMIT message(tr("New piece: type a chord progression above the roll, then Generate"));
}

void FileController::open() {
    if (!maybeSave()) return;
    const QString path = QFileDialog::getOpenFileName(window_, tr("Open project"), startDir(),
                                                      tr("fgg-studio projects (*.fggproj);;All files (*)"));
    if (!path.isEmpty()) openPath(path);
}

bool FileController::openPath(const QString& path) {
    if (path.endsWith(QLatin1String(".mid"), Qt::CaseInsensitive) ||
        path.endsWith(QLatin1String(".midi"), Qt::CaseInsensitive))
        return importMidiPath(path);
    try {
        const Project p = loadProject(path);
        doc_->reset(p.score, path, p.generation);
        recent::add(path);
        Q_EMIT recentFilesChanged();
        Q_EMIT message(tr("Opened %1").arg(QFileInfo(path).fileName()));
        return true;
    } catch (const std::exception& e) {
        showError(tr("Cannot open project"), QString::fromUtf8(e.what()));
        if (!QFileInfo::exists(path)) {
            recent::remove(path);
            Q_EMIT recentFilesChanged();
        }
        return false;
    }
}

bool FileController::save() {
    if (doc_->filePath().isEmpty()) return saveAs();
    return saveTo(doc_->filePath());
}

bool FileController::saveAs() {
    QString suggested =
        doc_->filePath().isEmpty() ? startDir() + QStringLiteral("/untitled.fggproj") : doc_->filePath();
    QString path = QFileDialog::getSaveFileName(window_, tr("Save project"), suggested,
                                                tr("fgg-studio projects (*.fggproj)"));
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".fggproj");
    return saveTo(path);
}

bool FileController::saveTo(const QString& path) {
    try {
        saveProject(Project{doc_->score(), doc_->generationSettings()}, path);
        doc_->markSaved(path);
        recent::add(path);
        Q_EMIT recentFilesChanged();
        Q_EMIT message(tr("Saved %1").arg(QFileInfo(path).fileName()));
        return true;
    } catch (const std::exception& e) {
        showError(tr("Cannot save"), QString::fromUtf8(e.what()));
        return false;
    }
}

void FileController::importMidi() {
    if (!maybeSave()) return;
    const QString path = QFileDialog::getOpenFileName(window_, tr("Import MIDI"), startDir(),
                                                      tr("MIDI files (*.mid *.midi);;All files (*)"));
    if (!path.isEmpty()) importMidiPath(path);
}

bool FileController::importMidiPath(const QString& path, bool askRoles) {
    Score file;
    try {
        file = readMidiFile(path.toStdString());
    } catch (const std::exception& e) {
        showError(tr("Cannot import MIDI"), QString::fromUtf8(e.what()));
        return false;
    }
    std::vector<TrackRole> roles = defaultRoles(file);
    bool detect = file.chords.empty(); // without the dialog: detect, as its default says
    if (askRoles) {
        MidiImportDialog dialog(file, QFileInfo(path).fileName(), window_);
        if (dialog.exec() != QDialog::Accepted) return false;
        roles = dialog.roles();
        detect = dialog.detectChords();
    }
    Score s = assignTracks(file, roles);
    if (detect) {
        // Chords from the melody and accompaniment the user chose, so that Generate works at once.
        const harmony::ChordAnalysis found = ChordHelp::instance().detect(s);
        s.chords = found.chords;
        if (!s.key && !found.chords.empty()) s.key = found.key.key();
    }
    if (!s.key) s.key = Key::parse("C");
    doc_->reset(s);
    Q_EMIT message(tr("Imported %1: %2 melody notes, %3 accompaniment notes, %4 chords")
                       .arg(QFileInfo(path).fileName())
                       .arg(s.track(kMelodyTrack)->notes.size())
                       .arg(s.track(kAccompanimentTrack)->notes.size())
                       .arg(s.chords.size()));
    return true;
}

void FileController::exportMidi(const Score& score, const QString& what) {
    QString base = doc_->filePath().isEmpty() ? startDir() + QStringLiteral("/untitled") : doc_->filePath();
    if (base.endsWith(QStringLiteral(".fggproj"))) base.chop(8);
    QString path = QFileDialog::getSaveFileName(window_, tr("Export %1 as MIDI").arg(what),
                                                base + QStringLiteral(".mid"), tr("MIDI files (*.mid)"));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".mid");
    exportMidiTo(score, path);
}

bool FileController::exportMidiTo(const Score& score, const QString& path) {
    try {
        writeMidiFile(score, path.toStdString());
        Q_EMIT message(tr("Exported %1").arg(QFileInfo(path).fileName()));
        return true;
    } catch (const std::exception& e) {
        showError(tr("Cannot export MIDI"), QString::fromUtf8(e.what()));
        return false;
    }
}

void FileController::exportMusicXml() {
    QString base = doc_->filePath().isEmpty() ? startDir() + QStringLiteral("/untitled") : doc_->filePath();
    if (base.endsWith(QStringLiteral(".fggproj"))) base.chop(8);
    QString path =
        QFileDialog::getSaveFileName(window_, tr("Export MusicXML"), base + QStringLiteral(".musicxml"),
                                     tr("MusicXML (*.musicxml *.xml)"));
    if (path.isEmpty()) return;
    try {
        writeMusicXmlFile(doc_->score(), path, QFileInfo(doc_->displayName()).completeBaseName());
        Q_EMIT message(tr("Exported %1").arg(QFileInfo(path).fileName()));
    } catch (const std::exception& e) {
        showError(tr("Cannot export MusicXML"), QString::fromUtf8(e.what()));
    }
}

void FileController::exportWav() {
    QString base = doc_->filePath().isEmpty() ? startDir() + QStringLiteral("/untitled") : doc_->filePath();
    if (base.endsWith(QStringLiteral(".fggproj"))) base.chop(8);
    QString path = QFileDialog::getSaveFileName(window_, tr("Export WAV"), base + QStringLiteral(".wav"),
                                                tr("WAV audio (*.wav)"));
    if (path.isEmpty()) return;
    auto* progress = new QProgressDialog(tr("Rendering %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                                         100, window_);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto fraction = std::make_shared<std::atomic<int>>(0);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    const Score score = doc_->score();
    const std::string soundFont = soundFont_.toStdString();
    auto result = std::make_shared<QString>();
    // Rendering runs in a thread of its own; the GUI polls the fraction done and hears when it has finished.
    QThread* worker = QThread::create([score, path, soundFont, cancel, fraction, result] {
        try {
            audio::RenderOptions o;
            o.soundFont = soundFont;
            o.playback = audio::playbackOptionsFor(score); // the chord pad as the app plays it
            o.peakDbfs = -1.0; // as loud as it can be without clipping (audio/PeakNormalise.h)
            audio::OfflineRenderer renderer(o);
            const auto r = renderer.renderToFile(score, path.toStdString(), [cancel, fraction](double f) {
                fraction->store(static_cast<int>(f * 100));
                return !cancel->load();
            });
            if (r.cancelled) *result = QStringLiteral("cancelled");
        } catch (const std::exception& e) {
            *result = QString::fromUtf8(e.what());
        }
    });
    auto* poll = new QTimer(progress);
    connect(poll, &QTimer::timeout, progress, [progress, fraction] { progress->setValue(fraction->load()); });
    poll->start(100);
    connect(worker, &QThread::finished, this, [this, worker, progress, path, result] {
        progress->deleteLater();
        worker->deleteLater();
        if (*result == QLatin1String("cancelled"))
            Q_EMIT message(tr("WAV export cancelled"));
        else if (!result->isEmpty())
            showError(tr("Cannot export WAV"), *result);
        else
            Q_EMIT message(tr("Exported %1").arg(QFileInfo(path).fileName()));
    });
    worker->start();
}

void FileController::fillRecentMenu(QMenu* menu) {
    menu->clear();
    const QStringList files = recent::files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction* a = menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave()) openPath(path);
        });
    }
    if (files.isEmpty()) menu->addAction(tr("(no recent files)"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("Clear list"), this, [this] {
        recent::clear();
        Q_EMIT recentFilesChanged();
    });
}

} // namespace fgg::studio
