#include "model/midi/KeySignature.h"

namespace fgg::smf {
namespace {

// Position on the line of fifths (C = 0, G = 1, F = -1) of the natural letters C D E F G A B.
constexpr int kLetterFifths[7] = {0, 2, 4, -1, 1, 3, 5};

int lineOfFifths(const SpelledPitch& p) {
    return kLetterFifths[p.letter] + 7 * p.accidental;
}

SpelledPitch fromLineOfFifths(int fifths) {
    const int natural = ((fifths + 1) % 7 + 7) % 7 - 1; // -1 (F) .. 5 (B)
    SpelledPitch p;
    for (int letter = 0; letter < 7; ++letter)
        if (kLetterFifths[letter] == natural) p.letter = letter;
    p.accidental = (fifths - natural) / 7;
    return p;
}

} // namespace

std::optional<Key> keyFromSignature(KeySignature signature) {
    if (signature.sharps < -7 || signature.sharps > 7) return std::nullopt;
    Key key;
    // A minor key's signature is that of its relative major, three fifths flatwards of the tonic.
    key.tonic = fromLineOfFifths(signature.sharps + (signature.minor ? 3 : 0));
    key.scale = Scale::named(signature.minor ? "minor" : "major");
    return key;
}

KeySignature signatureOfKey(const Key& key) {
    KeySignature s;
    s.minor = key.isMinor();
    int sharps = lineOfFifths(key.tonic) - (s.minor ? 3 : 0);
    // Beyond seven accidentals, use the enharmonic key (G# major -> Ab major): 12 fifths make an octave.
    while (sharps > 7)
        sharps -= 12;
    while (sharps < -7)
        sharps += 12;
    s.sharps = sharps;
    return s;
}

} // namespace fgg::smf
