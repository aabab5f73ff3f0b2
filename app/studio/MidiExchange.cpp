#include "app/studio/MidiExchange.h"

#include "model/midi/MidiFile.h"
#include "model/music/AtomicFile.h"
#include "model/music/Error.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QMimeData>
#include <QTemporaryDir>
#include <QUrl>

namespace fgg::studio {

MidiExchange::MidiExchange(QObject* parent) : QObject(parent) {}

// The folder goes with this object (QTemporaryDir removes it), i.e. when the main window closes at exit.
MidiExchange::~MidiExchange() = default;

QString MidiExchange::folder() {
    if (!dir_) {
        dir_ = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/fgg-studio-midi-XXXXXX"));
        if (!dir_->isValid()) {
            error_ = tr("cannot make a folder for MIDI files in %1: %2")
                         .arg(QDir::tempPath(), dir_->errorString());
            dir_.reset();
            return {};
        }
    }
    return dir_->path();
}

QString MidiExchange::writeClip(const MidiClip& clip, const std::vector<std::uint8_t>& bytes) {
    const QString dir = folder();
    if (dir.isEmpty()) throw Error(error_.toStdString());
    const QString path = dir + QLatin1Char('/') + clip.baseName + QStringLiteral(".mid");
    writeFileAtomically(QDir::toNativeSeparators(path).toStdString(), bytes);
    return path;
}

QMimeData* MidiExchange::mimeData(const MidiClip& clip) {
    // One encoding serves the file (whose URL DAWs and file managers take) and the inline bytes.
    const std::vector<std::uint8_t> smf = writeMidi(clip.score);
    QString path;
    try {
        path = writeClip(clip, smf);
    } catch (const std::exception& e) {
        error_ = QString::fromUtf8(e.what());
        return nullptr;
    }
    const QByteArray bytes(reinterpret_cast<const char*>(smf.data()), static_cast<qsizetype>(smf.size()));
    auto* data = new QMimeData;
    const QUrl url = QUrl::fromLocalFile(path);
    data->setUrls({url}); // text/uri-list: DAWs and file managers take the file
    data->setData(QString::fromLatin1(kMidiMime), bytes);
    data->setData(QString::fromLatin1(kMidiMimeOld), bytes);
    error_.clear();
    return data;
}

bool MidiExchange::copyToClipboard(const MidiClip& clip) {
    QMimeData* data = mimeData(clip);
    if (!data) return false;
    // Nautilus and other GNOME file managers paste a file from this list ("copy", then the URLs).
    data->setData(QStringLiteral("x-special/gnome-copied-files"),
                  "copy\n" + data->urls().front().toEncoded());
    QApplication::clipboard()->setMimeData(data);
    return true;
}

} // namespace fgg::studio
