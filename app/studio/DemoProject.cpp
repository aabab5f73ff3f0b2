#include "app/studio/DemoProject.h"

#include "app/studio/Document.h"
#include "model/music/LeadSheet.h"

namespace fgg::studio {

Score demoProgression() {
    Score s = emptyScore();
    s.tempos = {TempoChange{0, 100.0}};
    s.key = Key::parse("C");
    const Tick bar = s.ticksPerBar();
    s.chords = LeadSheet::parse(kDemoLeadSheet).toChordSpans(bar);
    s.length = 8 * bar;
    return s;
}

} // namespace fgg::studio
