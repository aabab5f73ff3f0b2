#pragma once
// Next-chord probabilities learned from chord labels: an n-gram over chord changes, relative to the key
// (tokens of ChordVocabulary.h, so one table serves every key), with interpolated absolute-discounting
// back-off to shorter contexts and, last, to smoothed chord frequencies. It also knows how often the chord
// changes at a bar line and in mid-bar, and which intervals above the root a melody sings over each chord
// quality: what the harmoniser's half-bar Viterbi needs.
// Learned by `fgg chords --learn` (ProgressionLearning.h); shipped as resources/harmony/progressions.txt.
#include "model/music/Chord.h"

#include <array>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace fgg::harmony {

class ProgressionModel {
public:
    /// Token for the start of a progression (context only, never predicted).
    static constexpr int kStart = 120;
    static constexpr double kDiscount = 0.75;

    /// `order` = chords in an n-gram, the predicted one included (2..6).
    explicit ProgressionModel(int order = 4);

    // --- learning
    /// One progression from its start, relative tokens, consecutive repeats already merged.
    void addProgression(const std::vector<int>& tokens);
    /// Longest hold the change statistics tell apart, in half bars.
    static constexpr int kMaxHeld = 4;
    /// One half-bar boundary inside a labelled stretch: at a bar line or in mid-bar, after the chord has
    /// sounded for `heldHalfBars` (1 = since the last boundary; longer holds count as kMaxHeld), did it
    /// change?
    void addHalfBar(bool atBarLine, int heldHalfBars, bool changed);
    /// Melody weight `weight` on pitch class `pitchClass` while chord state `state` sounds
    /// (ChordVocabulary.h).
    void addMelodyTone(int state, int pitchClass, double weight);
    /// Forgets n-grams longer than two chords seen fewer than `minCount` times (keeps the table small).
    void prune(int minCount);

    // --- queries
    int order() const { return order_; }
    bool empty() const { return total_ == 0; }
    long long progressionsSeen() const { return total_; }
    /// P(next | history); `history` ends with the latest chord (kStart first if it is the whole progression).
    double probability(std::span<const int> history, int next) const;
    /// P(every token | history), indexed by token.
    std::vector<double> distribution(std::span<const int> history) const;
    /// The chance the chord changes at a half-bar boundary after `heldHalfBars` (learned; 0.5 before any
    /// data).
    double changeProbability(bool atBarLine, int heldHalfBars) const;

    /// log P(a melody's pitch class | the chord), both relative to the key, as [token][pitch class]: how
    /// melodies sit over chords, learned per chord of the key and read pooled over roots (intervals above
    /// the root per quality). Uniform before any data.
    std::vector<std::array<double, 12>> melodyToneLogTable() const;
    bool hasMelodyTones() const;

    struct Suggestion {
        Chord chord;
        double probability = 0;
    };
    /// The `count` likeliest next chords after `chordsSoFar` (from the progression's start), in the key
    /// whose major scale starts on `majorTonic` (KeyEstimate::majorTonic), best first.
    std::vector<Suggestion> suggest(const std::vector<Chord>& chordsSoFar, int majorTonic, int count) const;
    /// The relative history for chords from a progression's start: kStart, then the changes.
    static std::vector<int> history(const std::vector<Chord>& chordsSoFar, int majorTonic);

    // --- the text table
    std::string toText() const;
    /// Throws Error naming `path` and the line on a malformed table.
    static ProgressionModel fromText(std::string_view text, const std::string& path);
    static ProgressionModel load(const std::string& path);
    void save(const std::string& path) const;
    /// The shipped table: $FGG_HARMONY_DIR, <exe>/../share/fgg-studio/harmony, then the source tree's
    /// resources/harmony; the path of the first that has progressions.txt (else the last candidate's).
    static std::string shippedPath();

private:
    struct Context {
        std::map<int, long long> next;
        long long total = 0;
    };
    const Context* context(std::span<const int> history, int length) const;
    void count(std::vector<int> context, int next, long long n);

    int order_;
    std::vector<std::map<std::vector<int>, Context>> contexts_;    ///< by context length 0..order-1
    long long total_ = 0;                                          ///< progressions learned
    long long changes_[2][kMaxHeld]{}, boundaries_[2][kMaxHeld]{}; ///< [mid-bar, bar line][held - 1]
    std::vector<std::array<double, 12>> tones_; ///< [token][pitch class relative to the key]
};

} // namespace fgg::harmony
