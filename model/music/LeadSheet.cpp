#include "model/music/LeadSheet.h"

#include "model/music/ChordSymbolSyntax.h"
#include "model/music/Error.h"

#include <algorithm>

namespace fgg {
namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

struct Token {
    std::size_t at; ///< byte offset in the lead sheet
    std::string_view text;
};

std::vector<Token> tokens(std::string_view text, std::size_t begin, std::size_t end) {
    std::vector<Token> out;
    for (std::size_t i = begin; i < end;) {
        while (i < end && isSpace(text[i]))
            ++i;
        const std::size_t start = i;
        while (i < end && !isSpace(text[i]))
            ++i;
        if (i > start) out.push_back({start, text.substr(start, i - start)});
    }
    return out;
}

[[noreturn]] void raise(const std::string& what, std::string_view text, std::size_t byteAt, int bar,
                        std::string_view hint) {
    const std::size_t position = chordsyntax::characterCount(text, byteAt);
    throw ParseError(what + " at position " + std::to_string(position) + " of the lead sheet (bar " +
                         std::to_string(bar) + ")" + std::string(hint),
                     position);
}

/// Boundary k of a bar split into n equal parts. Floors, so the parts tile the bar and the remainder ticks go
/// to the later parts (1000 ticks / 3 -> 333, 333, 334).
Tick boundary(Tick ticksPerBar, int k, int n) {
    return ticksPerBar * k / n;
}

constexpr int kMaxDivisions = 16;

} // namespace

LeadSheet LeadSheet::parse(std::string_view text) {
    LeadSheet sheet;
    // Segments between '|'. Blank text before the first or after the last '|' is no bar; a blank segment
    // between two '|' (`| |`) is an empty bar holding the previous chord; `||` with nothing between is a
    // double bar line.
    std::vector<std::pair<std::size_t, std::size_t>> segments;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '|') continue;
        segments.emplace_back(start, i);
        start = i + 1;
    }
    for (std::size_t s = 0; s < segments.size(); ++s) {
        const auto [begin, end] = segments[s];
        const bool edge = s == 0 || s + 1 == segments.size();
        const std::vector<Token> toks = tokens(text, begin, end);
        const int barNumber = static_cast<int>(sheet.bars.size()) + 1;
        if (toks.empty()) {
            if (edge || begin == end) continue;
            // An empty bar holds the previous chord (no chord at the very start).
            sheet.bars.push_back({sheet.bars.empty() || sheet.bars.back().empty()
                                      ? Chord::noChord()
                                      : sheet.bars.back().back()});
            continue;
        }
        std::vector<Chord> bar;
        for (const Token& t : toks) {
            if (t.text == "%") {
                if (toks.size() != 1) {
                    raise("'%' shares its bar with chords", text, t.at, barNumber,
                          " ('%' repeats the whole previous bar and stands alone: | C G | % |)");
                }
                if (sheet.bars.empty())
                    raise("'%' has no previous bar to repeat", text, t.at, barNumber,
                          " (start with a chord)");
                bar = sheet.bars.back();
                continue;
            }
            chordsyntax::SymbolContext ctx;
            ctx.offset = chordsyntax::characterCount(text, t.at);
            ctx.where = " of the lead sheet (bar " + std::to_string(barNumber) + ")";
            bar.push_back(chordsyntax::parseAny(t.text, ctx));
        }
        sheet.bars.push_back(std::move(bar));
    }
    return sheet;
}

std::string LeadSheet::toString() const {
    if (bars.empty()) return "";
    std::string s = "|";
    for (const std::vector<Chord>& bar : bars) {
        for (const Chord& c : bar)
            s += " " + c.toLeadSheet();
        s += " |";
    }
    return s;
}

std::vector<ChordSpan> LeadSheet::toChordSpans(Tick ticksPerBar) const {
    if (ticksPerBar <= 0)
        throw Error("lead sheet: ticks per bar must be positive, got " + std::to_string(ticksPerBar));
    std::vector<ChordSpan> spans;
    Chord previous;
    for (std::size_t b = 0; b < bars.size(); ++b) {
        const Tick barStart = static_cast<Tick>(b) * ticksPerBar;
        // A bar built in code may be empty: it holds the previous chord, as `| |` does in text.
        const std::vector<Chord> chords = bars[b].empty() ? std::vector<Chord>{previous} : bars[b];
        const int n = static_cast<int>(chords.size());
        for (int k = 0; k < n; ++k) {
            const Tick from = boundary(ticksPerBar, k, n);
            const Tick to = boundary(ticksPerBar, k + 1, n);
            if (to > from) spans.push_back({barStart + from, to - from, chords[static_cast<std::size_t>(k)]});
        }
        previous = chords.back();
    }
    return spans;
}

LeadSheet LeadSheet::fromChordSpans(const std::vector<ChordSpan>& spans, Tick ticksPerBar, int bars) {
    if (ticksPerBar <= 0)
        throw Error("lead sheet: ticks per bar must be positive, got " + std::to_string(ticksPerBar));
    if (bars <= 0) {
        Tick end = 0;
        for (const ChordSpan& s : spans)
            end = std::max(end, s.end());
        bars = static_cast<int>((end + ticksPerBar - 1) / ticksPerBar);
    }
    LeadSheet sheet;
    for (int b = 0; b < bars; ++b) {
        const Tick barStart = static_cast<Tick>(b) * ticksPerBar;
        const Tick barEnd = barStart + ticksPerBar;
        // Spans that touch this bar, clipped to it (relative ticks), and where they start or stop inside it.
        struct Piece {
            std::size_t span;
            Tick from, to;
        };
        std::vector<Piece> pieces;
        std::vector<Tick> cuts;
        for (std::size_t i = 0; i < spans.size(); ++i) {
            const Tick from = std::max(spans[i].start, barStart) - barStart;
            const Tick to = std::min(spans[i].end(), barEnd) - barStart;
            if (to <= from) continue;
            pieces.push_back({i, from, to});
            if (from > 0) cuts.push_back(from);
            if (to < ticksPerBar) cuts.push_back(to);
        }
        // The fewest equal parts whose boundaries fall on every cut; if none up to 16 parts, the fewest parts
        // that misplace at most 1/32 of the bar, else the most faithful split (cuts move to the nearest
        // part).
        auto owner = [&](int n, int k, Tick* misplaced) {
            const Tick from = boundary(ticksPerBar, k, n);
            const Tick to = boundary(ticksPerBar, k + 1, n);
            long best = -1; // span index, -1 = no chord
            Tick bestCover = 0, covered = 0;
            for (const Piece& p : pieces) {
                const Tick c = std::max<Tick>(0, std::min(p.to, to) - std::max(p.from, from));
                covered += c;
                if (c > bestCover) {
                    bestCover = c;
                    best = static_cast<long>(p.span);
                }
            }
            const Tick gap = (to - from) - std::min(covered, to - from);
            if (gap > bestCover) {
                best = -1;
                bestCover = gap;
            }
            if (misplaced) *misplaced += (to - from) - bestCover;
            return best;
        };
        int parts = 1;
        bool exact = false;
        for (int n = 1; n <= kMaxDivisions && !exact; ++n) {
            exact = std::all_of(cuts.begin(), cuts.end(), [&](Tick c) {
                for (int k = 1; k < n; ++k)
                    if (boundary(ticksPerBar, k, n) == c) return true;
                return false;
            });
            if (exact) parts = n;
        }
        if (!exact) {
            Tick bestError = -1;
            for (int n = 1; n <= kMaxDivisions; ++n) {
                Tick error = 0;
                for (int k = 0; k < n; ++k)
                    owner(n, k, &error);
                if (error * 32 <= ticksPerBar) {
                    parts = n;
                    break;
                }
                if (bestError < 0 || error < bestError) {
                    bestError = error;
                    parts = n;
                }
            }
        }
        std::vector<long> slots;
        for (int k = 0; k < parts; ++k)
            slots.push_back(owner(parts, k, nullptr));
        // Merge equal runs when the bar still divides evenly: [C C G G] -> [C G].
        for (int d = 1; d < parts; ++d) {
            if (parts % d) continue;
            const int run = parts / d;
            bool uniform = true;
            for (int k = 0; k < parts && uniform; ++k)
                uniform = slots[static_cast<std::size_t>(k)] == slots[static_cast<std::size_t>(k - k % run)];
            if (!uniform) continue;
            std::vector<long> merged;
            for (int k = 0; k < parts; k += run)
                merged.push_back(slots[static_cast<std::size_t>(k)]);
            slots = std::move(merged);
            break;
        }
        std::vector<Chord> bar;
        for (long s : slots)
            bar.push_back(s < 0 ? Chord::noChord() : spans[static_cast<std::size_t>(s)].chord);
        sheet.bars.push_back(std::move(bar));
    }
    return sheet;
}

} // namespace fgg
