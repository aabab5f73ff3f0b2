#include "audio/EventSink.h"

namespace fgg::audio {

void EventSink::allNotesOff() noexcept {
    for (int ch = 0; ch < 16; ++ch) {
        send(MidiEvent::controlChange(ch, gm::kCcSustain, 0));
        send(MidiEvent::controlChange(ch, gm::kCcAllNotesOff, 0));
    }
}

} // namespace fgg::audio
