#include "app/studio/ChordHelp.h"

#include "app/studio/Document.h"

#include "model/harmony/Harmoniser.h"
#include "model/harmony/KeyEstimate.h"
#include "model/music/Error.h"

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

harmony::ChordAnalysis ChordHelp::detect(const Score& score) {
    return harmony::ChordDetector(progressions()).detect(score);
}

harmony::ChordAnalysis ChordHelp::harmoniseMelody(const Score& score) {
    const harmony::ProgressionModel* model = progressions();
    if (!model) throw Error("no chord progression table: " + loadError_);
    return harmony::Harmoniser(*model).harmonise(score, kMelodyTrack);
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

} // namespace fgg::studio
