#include "app/studio/MidiKeyboard.h"

#include "audio/MidiInput.h"

#include <QMetaObject>
#include <QPointer>

namespace fgg::studio {

MidiKeyboard::MidiKeyboard(QObject* parent) : QObject(parent) {
    // The callbacks run on the MIDI thread: post to the GUI thread and return at once.
    QPointer<MidiKeyboard> self(this);
    auto post = [self](auto emitIt) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, emitIt] {
                if (self) emitIt(*self);
            },
            Qt::QueuedConnection);
    };
    audio::MidiInputCallbacks cb;
    cb.noteOn = [post](int, int pitch, int velocity) {
        post([pitch, velocity](MidiKeyboard& k) { Q_EMIT k.notePressed(pitch, velocity); });
    };
    cb.noteOff = [post](int, int pitch) { post([pitch](MidiKeyboard& k) { Q_EMIT k.noteReleased(pitch); }); };
    cb.chord = [post](const Chord& chord, const std::vector<int>&) {
        post([chord](MidiKeyboard& k) { Q_EMIT k.chordPlayed(chord); });
    };
    input_ = std::make_unique<audio::MidiInput>(cb, audio::MidiBackend::Automatic, "fgg-studio-in");
}

MidiKeyboard::~MidiKeyboard() = default;

bool MidiKeyboard::listenTo(const QString& port) {
    if (port == port_ && (port.isEmpty() || input_->isOpen())) return true;
    input_->close();
    port_ = port;
    status_.clear();
    if (port.isEmpty()) return true;
    if (!input_->available() || !input_->open(port.toStdString())) {
        status_ = tr("MIDI input %1: %2").arg(port, QString::fromStdString(input_->status()));
        return false;
    }
    return true;
}

void MidiKeyboard::feed(const std::vector<unsigned char>& bytes) {
    input_->handleMessage(bytes.data(), bytes.size());
}

} // namespace fgg::studio
