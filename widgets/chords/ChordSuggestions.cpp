#include "widgets/chords/ChordSuggestions.h"

#include <QStringList>

namespace fgg::ui {

namespace {

bool isMajorLike(ChordQuality q) {
    switch (q) {
    case ChordQuality::Major:
    case ChordQuality::Augmented:
    case ChordQuality::Dominant7:
    case ChordQuality::Major7:
    case ChordQuality::Major6:
    case ChordQuality::Dominant9:
    case ChordQuality::Major9:
    case ChordQuality::Sus2:
    case ChordQuality::Sus4:
    case ChordQuality::SevenSus4:
    case ChordQuality::Add9:
    case ChordQuality::Power:
        return true;
    default:
        return false;
    }
}

QString qualitySuffix(ChordQuality q) {
    switch (q) {
    case ChordQuality::Diminished:
        return QStringLiteral("°");
    case ChordQuality::Diminished7:
        return QStringLiteral("°7");
    case ChordQuality::HalfDiminished7:
        return QStringLiteral("ø7");
    case ChordQuality::Augmented:
        return QStringLiteral("+");
    case ChordQuality::Dominant7:
    case ChordQuality::Minor7:
        return QStringLiteral("7");
    case ChordQuality::Major7:
        return QStringLiteral("maj7");
    case ChordQuality::MinorMajor7:
        return QStringLiteral("(maj7)");
    case ChordQuality::Major6:
    case ChordQuality::Minor6:
        return QStringLiteral("6");
    default:
        return {};
    }
}

} // namespace

QString romanNumeral(const Key& key, const Chord& chord) {
    if (chord.isNoChord()) return QStringLiteral("N.C.");
    static const char* numerals[] = {"I", "II", "III", "IV", "V", "VI", "VII"};
    const int step = ((chord.rootSpelling().letter - key.tonic.letter) % 7 + 7) % 7;
    // The accidental relative to the major scale of the tonic: bIII, bVI, bVII, #IV.
    static const int majorSteps[] = {0, 2, 4, 5, 7, 9, 11};
    const int diff = ((chord.root() - key.tonic.pitchClass() - majorSteps[step]) % 12 + 12 + 6) % 12 - 6;
    QString prefix = diff < 0 ? QString(-diff, QLatin1Char('b')) : QString(diff, QLatin1Char('#'));
    // In a minor key the natural III, VI, VII are written without the flat, as musicians say them.
    const bool minorKey = key.isMinor();
    if (minorKey && diff == -1 && (step == 2 || step == 5 || step == 6)) prefix.clear();
    QString numeral = QString::fromLatin1(numerals[step]);
    if (!isMajorLike(chord.quality())) numeral = numeral.toLower();
    return prefix + numeral + qualitySuffix(chord.quality());
}

std::vector<ChordSuggestion> chordSuggestions(const Key& key) {
    std::vector<ChordSuggestion> out;
    using G = ChordSuggestion::Group;
    for (const Chord& c : key.diatonicChords(false))
        out.push_back({G::Diatonic, c, romanNumeral(key, c)});
    for (const Chord& c : key.diatonicChords(true))
        out.push_back({G::Sevenths, c, romanNumeral(key, c)});

    const SpelledPitch& t = key.tonic;
    const bool minorKey = key.isMinor();
    std::vector<Chord> borrowed;
    if (!minorKey) { // from the parallel minor
        borrowed = {Chord(t.above(4, 5), ChordQuality::Minor), Chord(t.above(6, 8), ChordQuality::Major),
                    Chord(t.above(7, 10), ChordQuality::Major), Chord(t.above(3, 3), ChordQuality::Major),
                    Chord(t, ChordQuality::Minor)};
    } else { // from the parallel major / harmonic minor
        borrowed = {Chord(t.above(5, 7), ChordQuality::Major), Chord(t.above(4, 5), ChordQuality::Major),
                    Chord(t, ChordQuality::Major), Chord(t.above(2, 1), ChordQuality::Major)};
    }
    for (const Chord& c : borrowed)
        out.push_back({G::Borrowed, c, romanNumeral(key, c)});

    // V7 of each diatonic major or minor triad except the tonic (V7/ii, V7/iii, V7/IV, V7/V, V7/vi).
    const std::vector<Chord> triads = key.diatonicChords(false);
    for (std::size_t i = 1; i < triads.size(); ++i) {
        const Chord& target = triads[i];
        if (target.quality() != ChordQuality::Major && target.quality() != ChordQuality::Minor) continue;
        const Chord dominant(target.rootSpelling().above(5, 7), ChordQuality::Dominant7);
        out.push_back({G::SecondaryDominant, dominant, QStringLiteral("V7/") + romanNumeral(key, target)});
    }
    return out;
}

} // namespace fgg::ui
