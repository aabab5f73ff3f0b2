// fgg suggest: the likeliest next chords after a lead sheet, from the learned progression table.
#include "app/cli/Args.h"
#include "app/cli/Command.h"
#include "app/cli/HarmonyCli.h"
#include "model/harmony/KeyEstimate.h"
#include "model/music/Error.h"
#include "model/music/LeadSheet.h"

#include <cstdio>

namespace fgg::cli {
namespace {

int run(const std::vector<std::string>& argv) {
    const Args a(argv, {"chords", "count", "key", "model"}, {});
    const auto text = a.value("chords");
    if (!text)
        throw Error("--chords SHEET is required, e.g. --chords \"| C G | Am |\" (see `fgg help suggest`)");
    const int count = a.intIn(limits::kSuggestions, 5);
    if (count < 1) throw Error("--count must be at least 1");
    LeadSheet sheet;
    try {
        sheet = LeadSheet::parse(*text);
    } catch (const ParseError& e) {
        throw Error("--chords: " + std::string(e.what()));
    }
    const std::vector<ChordSpan> spans = sheet.toChordSpans(1920);
    std::vector<Chord> chords;
    for (const ChordSpan& s : spans)
        if (!s.chord.isNoChord()) chords.push_back(s.chord);
    int tonic = 0;
    if (const auto key = a.value("key")) {
        // Progressions are relative to the major scale with the key's pitches (A minor -> C).
        tonic = harmony::majorTonicOf(Key::parse(*key));
    } else if (!chords.empty()) {
        tonic = harmony::estimateKeyFromChords(spans).majorTonic();
    }
    const harmony::ProgressionModel model = loadProgressions(a.value("model"));
    for (const auto& s : model.suggest(chords, tonic, count))
        std::printf("%s\n", s.chord.toLeadSheet().c_str());
    return 0;
}

const CommandRegistration reg("suggest",
                              {"next-chord suggestions after a lead sheet, best first",
                               "fgg suggest --chords SHEET [--count N] [--key KEY] [--model TABLE]\n"
                               "  prints one chord symbol per line, best first; the key is estimated "
                               "from the chords unless --key says it (\"A minor\", \"Eb\")",
                               run});

} // namespace
} // namespace fgg::cli
