#pragma once
// A MIDI keyboard played into the workstation (Preferences > MIDI input): the audio layer's MidiInput, with
// its callbacks moved from the MIDI backend's thread to the GUI thread as signals. No MIDI system, or a port
// that is gone, is a status, never a failure.
#include "model/music/Chord.h"

#include <QObject>
#include <QString>
#include <memory>
#include <vector>

namespace fgg::audio {
class MidiInput;
}

namespace fgg::studio {

class MidiKeyboard : public QObject {
    Q_OBJECT
public:
    explicit MidiKeyboard(QObject* parent = nullptr);
    ~MidiKeyboard() override;

    /// Listens to `port` ("" = none). False (with status()) when it cannot.
    bool listenTo(const QString& port);
    const QString& port() const { return port_; }
    /// "" while listening or off, else why not.
    const QString& status() const { return status_; }
    /// Raw MIDI bytes as if they came from the port (tests; the same path as the port's).
    void feed(const std::vector<unsigned char>& bytes);

Q_SIGNALS:
    void notePressed(int pitch, int velocity);
    void noteReleased(int pitch);
    /// The keys held together (released now) named `chord`.
    void chordPlayed(const fgg::Chord& chord);

private:
    std::unique_ptr<audio::MidiInput> input_;
    QString port_;
    QString status_;
};

} // namespace fgg::studio
