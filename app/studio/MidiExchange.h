#pragma once
// MIDI files for other programs (a DAW, a file manager): clips are written as standard MIDI files into a
// folder of this session, which is removed when the app quits, and handed over as drag-and-drop or clipboard
// data: the file's URL (what DAWs and file managers take), its bytes as audio/midi and audio/x-midi, and on
// the clipboard GNOME's copied-files list, so pasting into a folder makes the file.
#include "app/studio/MidiClip.h"

#include <QObject>
#include <QString>
#include <cstdint>
#include <memory>
#include <vector>

class QMimeData;
class QTemporaryDir;

namespace fgg::studio {

inline constexpr const char* kMidiMime = "audio/midi";
inline constexpr const char* kMidiMimeOld = "audio/x-midi";

class MidiExchange : public QObject {
    Q_OBJECT
public:
    explicit MidiExchange(QObject* parent = nullptr);
    ~MidiExchange() override;

    /// The session's folder (made on first use; "" when the temp folder cannot be written).
    QString folder();
    /// New drag/clipboard data for `clip` (the caller owns it); nullptr, with lastError(), when the file
    /// cannot be written.
    QMimeData* mimeData(const MidiClip& clip);
    /// Puts `clip` on the system clipboard; false with lastError() on failure.
    bool copyToClipboard(const MidiClip& clip);
    const QString& lastError() const { return error_; }

private:
    /// Writes `bytes` (`clip` as a standard MIDI file) as <folder>/<baseName>.mid, replacing an older file of
    /// that name; the path. Throws fgg::Error naming the file and the reason.
    QString writeClip(const MidiClip& clip, const std::vector<std::uint8_t>& bytes);

    std::unique_ptr<QTemporaryDir> dir_;
    QString error_;
};

} // namespace fgg::studio
