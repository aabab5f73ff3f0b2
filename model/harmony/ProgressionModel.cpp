#include "model/harmony/ProgressionModel.h"
#include "model/music/ShippedFiles.h"

#include "model/data/TextLines.h"
#include "model/harmony/ChordVocabulary.h"
#include "model/music/AtomicFile.h"
#include "model/music/Error.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fgg::harmony {
namespace {

constexpr std::string_view kMagic = "fgg-progressions 1";

std::string name(int token) {
    return token == ProgressionModel::kStart ? "^" : tokenName(token);
}

} // namespace

ProgressionModel::ProgressionModel(int order) : order_(std::clamp(order, 2, 6)) {
    contexts_.resize(static_cast<std::size_t>(order_));
    tones_.assign(static_cast<std::size_t>(kChordStates), std::array<double, 12>{});
}

void ProgressionModel::addMelodyTone(int token, int pitchClass, double weight) {
    tones_[static_cast<std::size_t>(token)][static_cast<std::size_t>(((pitchClass % 12) + 12) % 12)] +=
        weight;
}

bool ProgressionModel::hasMelodyTones() const {
    for (const auto& t : tones_)
        for (double v : t)
            if (v > 0) return true;
    return false;
}

std::vector<std::array<double, 12>> ProgressionModel::melodyToneLogTable() const {
    // Per quality, weights by interval above the root, pooled over every root.
    std::vector<std::array<double, 12>> byQuality(static_cast<std::size_t>(kQualityCount));
    for (int t = 0; t < kChordStates; ++t)
        for (int pc = 0; pc < 12; ++pc)
            byQuality[static_cast<std::size_t>(stateQuality(t))]
                     [static_cast<std::size_t>((pc - stateRoot(t) + 12) % 12)] +=
                tones_[static_cast<std::size_t>(t)][static_cast<std::size_t>(pc)];
    // Chord-specific weights (a IV's melody apart from a I's) measured no better than the pooled ones
    // (docs/chord-help.md), so the pooled table decides.
    std::vector<std::array<double, 12>> out(static_cast<std::size_t>(kChordStates));
    for (int t = 0; t < kChordStates; ++t) {
        const auto& pooled = byQuality[static_cast<std::size_t>(stateQuality(t))];
        double total = 0;
        for (double v : pooled)
            total += v;
        for (int pc = 0; pc < 12; ++pc)
            out[static_cast<std::size_t>(t)][static_cast<std::size_t>(pc)] = std::log(
                (pooled[static_cast<std::size_t>((pc - stateRoot(t) + 12) % 12)] + 1) / (total + 12));
    }
    return out;
}

void ProgressionModel::count(std::vector<int> context, int next, long long n) {
    Context& c = contexts_[context.size()][std::move(context)];
    c.next[next] += n;
    c.total += n;
}

void ProgressionModel::addProgression(const std::vector<int>& tokens) {
    if (tokens.empty()) return;
    std::vector<int> seq{kStart};
    seq.insert(seq.end(), tokens.begin(), tokens.end());
    for (std::size_t i = 1; i < seq.size(); ++i)
        for (std::size_t len = 0; len < static_cast<std::size_t>(order_) && len <= i; ++len)
            count(std::vector<int>(seq.begin() + static_cast<std::ptrdiff_t>(i - len),
                                   seq.begin() + static_cast<std::ptrdiff_t>(i)),
                  seq[i], 1);
    ++total_;
}

namespace {
std::size_t heldIndex(int held) {
    return static_cast<std::size_t>(std::clamp(held, 1, ProgressionModel::kMaxHeld) - 1);
}
} // namespace

void ProgressionModel::addHalfBar(bool atBarLine, int heldHalfBars, bool changed) {
    ++boundaries_[atBarLine][heldIndex(heldHalfBars)];
    changes_[atBarLine][heldIndex(heldHalfBars)] += changed;
}

void ProgressionModel::prune(int minCount) {
    for (std::size_t len = 2; len < contexts_.size(); ++len) {
        auto& table = contexts_[len];
        for (auto it = table.begin(); it != table.end();) {
            Context& c = it->second;
            for (auto n = c.next.begin(); n != c.next.end();) {
                if (n->second < minCount) {
                    c.total -= n->second;
                    n = c.next.erase(n);
                } else {
                    ++n;
                }
            }
            it = c.next.empty() ? table.erase(it) : std::next(it);
        }
    }
}

const ProgressionModel::Context* ProgressionModel::context(std::span<const int> history, int length) const {
    if (length > static_cast<int>(history.size())) return nullptr;
    const std::vector<int> key(history.end() - length, history.end());
    const auto& table = contexts_[static_cast<std::size_t>(length)];
    auto it = table.find(key);
    return it == table.end() ? nullptr : &it->second;
}

std::vector<double> ProgressionModel::distribution(std::span<const int> history) const {
    // Chord frequencies with add-one smoothing, then each longer context interpolated over the shorter.
    std::vector<double> p(static_cast<std::size_t>(kChordStates));
    const Context* unigram = context(history, 0);
    const double n = unigram ? double(unigram->total) : 0;
    for (double& v : p)
        v = 1 / (n + kChordStates);
    if (unigram)
        for (const auto& [t, c] : unigram->next)
            p[static_cast<std::size_t>(t)] += double(c) / (n + kChordStates);
    for (int len = 1; len < order_; ++len) {
        const Context* ctx = context(history, len);
        if (!ctx || ctx->total <= 0) break; // a longer context is unseen too
        const double total = double(ctx->total);
        const double backoff = kDiscount * double(ctx->next.size()) / total;
        for (double& v : p)
            v *= backoff;
        for (const auto& [t, c] : ctx->next)
            p[static_cast<std::size_t>(t)] += std::max(0.0, double(c) - kDiscount) / total;
    }
    return p;
}

double ProgressionModel::probability(std::span<const int> history, int next) const {
    if (next < 0 || next >= kChordStates) return 0;
    return distribution(history)[static_cast<std::size_t>(next)];
}

double ProgressionModel::changeProbability(bool atBarLine, int heldHalfBars) const {
    const std::size_t k = heldIndex(heldHalfBars);
    const long long n = boundaries_[atBarLine][k];
    return n > 0 ? (double(changes_[atBarLine][k]) + 1) / (double(n) + 2) : 0.5;
}

std::vector<int> ProgressionModel::history(const std::vector<Chord>& chordsSoFar, int majorTonic) {
    std::vector<int> h{kStart};
    for (const Chord& c : chordsSoFar) {
        const auto s = chordState(c);
        if (!s) continue;
        const int t = relativeState(*s, majorTonic);
        if (h.back() != t) h.push_back(t);
    }
    return h;
}

std::vector<ProgressionModel::Suggestion> ProgressionModel::suggest(const std::vector<Chord>& chordsSoFar,
                                                                    int majorTonic, int count) const {
    const std::vector<int> h = history(chordsSoFar, majorTonic);
    const std::vector<double> p = distribution(h);
    std::vector<int> order(p.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    // The chord sounding now is no suggestion for the next one.
    std::erase_if(order, [&](int t) { return h.size() > 1 && t == h.back(); });
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return p[static_cast<std::size_t>(a)] > p[static_cast<std::size_t>(b)];
    });
    std::vector<Suggestion> out;
    for (int t : order) {
        if (static_cast<int>(out.size()) >= count) break;
        out.push_back({stateChord(absoluteState(t, majorTonic)), p[static_cast<std::size_t>(t)]});
    }
    return out;
}

std::string ProgressionModel::toText() const {
    std::ostringstream s;
    s << kMagic << "\n";
    s << "# Chord progressions relative to the key (1 = tonic of the major scale; minor keys use their "
         "relative major), learned from POP909's training songs by `fgg chords --learn`.\n";
    s << "# changes bar|mid HELD CHANGES BOUNDARIES: how often a chord held HELD half bars changes at a bar "
         "line "
         "/ in mid-bar\n";
    s << "# tones CHORD W0..W11: melody weight (centi-beats) on each pitch class of the key (0 = tonic) over "
         "CHORD\n";
    s << "# ngram COUNT CONTEXT... > NEXT  (^ = start of a progression)\n";
    s << "order " << order_ << "\n";
    s << "progressions " << total_ << "\n";
    for (int at : {1, 0})
        for (int k = 0; k < kMaxHeld; ++k)
            s << "changes " << (at ? "bar " : "mid ") << k + 1 << " " << changes_[at][k] << " "
              << boundaries_[at][k] << "\n";
    for (int t = 0; t < kChordStates; ++t) {
        const auto& w = tones_[static_cast<std::size_t>(t)];
        if (std::all_of(w.begin(), w.end(), [](double v) { return v <= 0; })) continue;
        s << "tones " << tokenName(t);
        for (double v : w)
            s << " " << static_cast<long long>(std::llround(v));
        s << "\n";
    }
    for (const auto& table : contexts_)
        for (const auto& [ctx, c] : table)
            for (const auto& [next, n] : c.next) {
                s << "ngram " << n;
                for (int t : ctx)
                    s << " " << name(t);
                s << " > " << name(next) << "\n";
            }
    return s.str();
}

ProgressionModel ProgressionModel::fromText(std::string_view text, const std::string& path) {
    const auto lines = textlines::split(text);
    if (lines.empty() || textlines::fields(lines.front().text).size() < 2 ||
        lines.front().text.substr(0, kMagic.size()) != kMagic)
        throw Error(path + ": not a chord progression table (the first line must be '" + std::string(kMagic) +
                    "')");
    ProgressionModel m;
    bool sawOrder = false;
    auto token = [&](std::string_view f, int line) {
        if (f == "^") return kStart;
        const auto t = parseToken(f);
        if (!t) textlines::fail(path, line, "unknown chord token '" + std::string(f) + "'");
        return *t;
    };
    auto integer = [&](std::string_view f, int line, const char* what) {
        const double v = textlines::number(f, path, line, what);
        if (v < 0 || v != double(static_cast<long long>(v)))
            textlines::fail(path, line, std::string(what) + " must be a whole number >= 0");
        return static_cast<long long>(v);
    };
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const auto& line = lines[i];
        if (line.text.starts_with("#")) continue;
        const auto f = textlines::fields(line.text);
        if (f[0] == "order" && f.size() == 2) {
            m = ProgressionModel(static_cast<int>(integer(f[1], line.number, "the order")));
            sawOrder = true;
        } else if (f[0] == "progressions" && f.size() == 2) {
            m.total_ = integer(f[1], line.number, "the progression count");
        } else if (f[0] == "changes" && f.size() == 5 && (f[1] == "bar" || f[1] == "mid")) {
            const int at = f[1] == "bar";
            const long long held = integer(f[2], line.number, "the hold length");
            if (held < 1 || held > kMaxHeld)
                textlines::fail(path, line.number, "the hold length must be 1.." + std::to_string(kMaxHeld));
            m.changes_[at][held - 1] = integer(f[3], line.number, "the change count");
            m.boundaries_[at][held - 1] = integer(f[4], line.number, "the boundary count");
        } else if (f[0] == "tones" && f.size() == 14) {
            const int t = token(f[1], line.number);
            if (t == kStart) textlines::fail(path, line.number, "'^' has no melody tones");
            for (std::size_t k = 0; k < 12; ++k)
                m.tones_[static_cast<std::size_t>(t)][k] =
                    double(integer(f[k + 2], line.number, "a tone weight"));
        } else if (f[0] == "ngram" && f.size() >= 4 && f[f.size() - 2] == ">") {
            if (!sawOrder) textlines::fail(path, line.number, "an n-gram before the 'order' line");
            std::vector<int> ctx;
            for (std::size_t k = 2; k + 2 < f.size(); ++k)
                ctx.push_back(token(f[k], line.number));
            if (static_cast<int>(ctx.size()) >= m.order_)
                textlines::fail(path, line.number, "an n-gram longer than the table's order");
            const int next = token(f.back(), line.number);
            if (next == kStart) textlines::fail(path, line.number, "'^' cannot follow '>'");
            m.count(std::move(ctx), next, integer(f[1], line.number, "the n-gram count"));
        } else {
            textlines::fail(path, line.number,
                            "expected 'order', 'progressions', 'changes', 'tones' or 'ngram ...'");
        }
    }
    return m;
}

ProgressionModel ProgressionModel::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(path + ": cannot open the chord progression table");
    std::ostringstream s;
    s << in.rdbuf();
    return fromText(s.str(), path);
}

void ProgressionModel::save(const std::string& path) const {
    writeFileAtomically(path, toText());
}

std::string ProgressionModel::shippedPath() {
    namespace fs = std::filesystem;
    const std::vector<fs::path> candidates = shippedFolders("FGG_HARMONY_DIR", "harmony");
    std::error_code ec;
    for (const fs::path& dir : candidates)
        if (fs::exists(dir / "progressions.txt", ec)) return (dir / "progressions.txt").string();
    return (candidates.back() / "progressions.txt").string();
}

} // namespace fgg::harmony
