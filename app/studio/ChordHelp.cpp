#include "app/studio/ChordHelp.h"

#include "app/studio/Document.h"

#include "model/harmony/Harmoniser.h"
#include "model/harmony/KeyEstimate.h"
#include "model/music/Error.h"

#include <algorithm>

namespace fgg::studio {

ChordHelp& ChordHelp::instance() {
    static ChordHelp help;
    return help;
}

const harmony::ProgressionModel* ChordHelp::progressions() {
    if (!tried_) {
        tried_ = true;
        try {
            model_ = std::make_unique<harmony::ProgressionModel>(
                harmony::ProgressionModel::load(harmony::ProgressionModel::shippedPath()));
        } catch (const std::exception& e) {
            loadError_ = e.what();
        }
    }
    return model_.get();
}

const harmony::MelodyChordModel* ChordHelp::melodyChords() {
    if (!triedMelody_) {
        triedMelody_ = true;
        try {
            melody_ = std::make_unique<harmony::MelodyChordModel>(
                harmony::MelodyChordModel::load(harmony::MelodyChordModel::shippedPath()));
        } catch (const std::exception&) { // the tone table harmonises without it
            melody_.reset();
        }
    }
    return melody_.get();
}

harmony::ChordAnalysis ChordHelp::detect(const Score& score) {
    return harmony::ChordDetector(progressions()).detect(score);
}

harmony::RangeChords ChordHelp::detectRange(const Score& score, const std::vector<Note>& notes, Tick from,
                                            Tick to) {
    return harmony::detectChordsInRange(harmony::ChordDetector(progressions()),
                                        harmony::detectionMetre(score), notes, from, to);
}

harmony::ChordAnalysis ChordHelp::harmoniseMelody(const Score& score) {
    const harmony::ProgressionModel* model = progressions();
    if (!model) throw Error("no chord progression table: " + loadError_);
    return harmony::Harmoniser(*model, {}, melodyChords()).harmonise(score, kMelodyTrack);
}

std::vector<Chord> ChordHelp::suggestionsFor(const Score& score, int index, int count) {
    const harmony::ProgressionModel* model = progressions();
    if (!model || count <= 0) return {};
    std::vector<Chord> before;
    std::vector<ChordSpan> spans;
    for (int i = 0; i < index && i < static_cast<int>(score.chords.size()); ++i) {
        spans.push_back(score.chords[static_cast<std::size_t>(i)]);
        before.push_back(score.chords[static_cast<std::size_t>(i)].chord);
    }
    int tonic = 0;
    if (score.key) {
        tonic = harmony::majorTonicOf(*score.key);
    } else if (!score.chords.empty()) {
        tonic = harmony::estimateKeyFromChords(score.chords).majorTonic();
    }
    std::vector<Chord> out;
    for (const auto& s : model->suggest(before, tonic, count))
        out.push_back(s.chord);
    return out;
}

QString harmoniseMelody(Document& doc) {
    const Track* melody = doc.score().track(kMelodyTrack);
    if (!melody || melody->notes.empty()) return QObject::tr("The melody track has no notes to harmonise");
    try {
        const harmony::ChordAnalysis a = ChordHelp::instance().harmoniseMelody(doc.score());
        Score s = doc.score();
        s.chords = a.chords;
        if (!s.key) s.key = a.key.key();
        doc.replaceScore(s, QObject::tr("Harmonise melody"));
        return QObject::tr("Harmonised the melody: %n chord(s) in %1", nullptr,
                           static_cast<int>(a.chords.size()))
            .arg(QString::fromStdString(a.key.key().toString()));
    } catch (const std::exception& e) {
        return QObject::tr("Cannot harmonise: %1").arg(QString::fromUtf8(e.what()));
    }
}

QString detectChordsFromSelection(Document& doc, const NoteSelection& selection, const ScoreRegion& region) {
    const Score& score = doc.score();
    std::vector<Note> notes;
    Tick from = 0, to = 0;
    for (const auto& [track, selected] : selection)
        notes.insert(notes.end(), selected.begin(), selected.end());
    if (!notes.empty()) {
        from = notes.front().start;
        for (const Note& n : notes) {
            from = std::min(from, n.start);
            to = std::max(to, n.end());
        }
    } else if (!region.isEmpty()) {
        from = region.start;
        to = region.end;
        for (const Track& t : score.tracks) {
            if (t.channel == 9) continue; // General MIDI drums have no pitch classes
            for (const Note& n : t.notes)
                if (n.end() > from && n.start < to &&
                    (!region.hasPitchRange || (n.pitch >= region.lowPitch && n.pitch <= region.highPitch)))
                    notes.push_back(n);
        }
    }
    if (notes.empty()) return QObject::tr("Select notes (or mark a region over notes) to detect chords from");
    const harmony::RangeChords r = ChordHelp::instance().detectRange(score, notes, from, to);
    if (r.analysis.chords.empty()) return QObject::tr("No chords found in the selection");
    doc.setChords(harmony::spliceChords(score.chords, r.analysis.chords, r.from, r.to),
                  QObject::tr("Detect chords from selection"));
    const Tick bar = std::max<Tick>(1, score.ticksPerBar());
    return QObject::tr("Detected %n chord(s) in bars %1-%2", nullptr,
                       static_cast<int>(r.analysis.chords.size()))
        .arg(r.from / bar + 1)
        .arg((r.to - 1) / bar + 1);
}

} // namespace fgg::studio
