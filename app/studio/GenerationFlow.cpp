#include "app/studio/GenerationFlow.h"

#include "app/studio/Document.h"
#include "app/studio/Playback.h"
#include "model/music/Error.h"
#include "widgets/generation/CandidateStrip.h"
#include "widgets/generation/GenerationPanel.h"
#include "widgets/pianoroll/PianoRollView.h"

namespace fgg::studio {

GenerationFlow::GenerationFlow(Document* doc, ui::GenerationPanel* panel, ui::PianoRollView* roll,
                               ui::CandidateStrip* strip, Playback* playback, QObject* parent)
    : QObject(parent), doc_(doc), panel_(panel), roll_(roll), strip_(strip), playback_(playback) {
    connect(panel_, &ui::GenerationPanel::generateRequested, this, &GenerationFlow::generate);
    connect(panel_, &ui::GenerationPanel::regenerateRequested, this, &GenerationFlow::regenerate);
    connect(panel_, &ui::GenerationPanel::continueRequested, this, &GenerationFlow::continueMelody);
    connect(panel_, &ui::GenerationPanel::cancelRequested, this, &GenerationFlow::cancel);
    // Candidates (and a generation still running) belong to the piece they were made for: another piece
    // opened in its place must not be offered them (the GUI monkey's finding 4, docs/robustness.md).
    connect(doc_, &Document::replaced, this, [this] {
        job_ = 0; // what it still delivers is for the piece that was closed
        if (controller_.isBusy()) controller_.cancel();
        discard();
    });
    connect(panel_, &ui::GenerationPanel::settingsChanged, this, [this] {
        doc_->setGenerationSettings(panel_->settings());
        prepareModels();
    });
    connect(&controller_, &GenerationController::busyChanged, panel_, &ui::GenerationPanel::setBusy);
    connect(&controller_, &GenerationController::stepDone, this, [this](quint64 id, const GenerationStep& s) {
        panel_->setProgress(s.step, s.totalSteps, s.pass, s.totalPasses, s.track);
        if (id != job_ || s.previews.empty()) return;
        roll_->setGhostNotes(s.previews.front());
        showForming(s);
    });
    connect(&controller_, &GenerationController::finished, this,
            [this](quint64 id, const std::vector<Score>& results) {
                roll_->clearGhostNotes();
                if (id != job_) return; // made for a piece that has been closed since
                const QString what =
                    lastRegion_
                        ? tr("bars %1–%2 of the %3")
                              .arg(lastRegion_->start / doc_->score().ticksPerBar() + 1)
                              .arg((lastRegion_->end - 1) / doc_->score().ticksPerBar() + 1)
                              .arg(lastRegion_->track == kMelodyTrack ? tr("melody") : tr("accompaniment"))
                    : lastContinue_
                        ? tr("the melody from bar %1").arg(*lastContinue_ / doc_->score().ticksPerBar() + 1)
                        : tr("the piece");
                strip_->setCandidates(results, what, lastRegion_ ? lastRegion_->start : 0,
                                      lastRegion_ ? lastRegion_->end : 0);
                panel_->setMessage(tr("%n candidate(s) ready: click one to preview it, then Accept.", nullptr,
                                      static_cast<int>(results.size())));
                Q_EMIT message(tr("Generation finished"));
                Q_EMIT finishedCandidates(static_cast<int>(results.size()));
            });
    connect(&controller_, &GenerationController::failed, this, [this](quint64, const QString& m) {
        roll_->clearGhostNotes();
        strip_->clear();
        panel_->setMessage(m, true);
        Q_EMIT message(tr("Generation failed: %1").arg(m));
    });
    connect(&controller_, &GenerationController::cancelled, this, [this](quint64) {
        roll_->clearGhostNotes();
        strip_->clear();
        panel_->setMessage(tr("Cancelled; the piece is unchanged."));
        Q_EMIT message(tr("Generation cancelled"));
    });
    connect(&controller_, &GenerationController::deviceProbed, this,
            [this](const QString& d, bool, const QString& warning) {
                panel_->setDeviceText(warning.isEmpty() ? d : d + QStringLiteral("\n") + warning);
            });
    connect(strip_, &ui::CandidateStrip::previewRequested, this, &GenerationFlow::showPreview);
    connect(strip_, &ui::CandidateStrip::acceptRequested, this, &GenerationFlow::accept);
    connect(strip_, &ui::CandidateStrip::discarded, this, [this] { roll_->clearGhostNotes(); });
    connect(strip_, &ui::CandidateStrip::auditionRequested, this, [this](int i) {
        if (!playback_ || !playback_->ensureEngine()) return;
        playback_->audition(candidateAsPiece(i), lastRegion_ ? lastRegion_->start : 0);
    });
}

namespace {
/// `piece` with the notes a job is writing: in each previewed track, what the job keeps (locked notes, notes
/// outside `written`) plus the preview.
Score formingScore(const Score& piece, const NotesByTrack& made, const WrittenTicks& written) {
    Score s = piece;
    for (const auto& [name, notes] : made) {
        Track* t = s.track(name);
        if (!t) continue;
        std::erase_if(t->notes, [&](const Note& n) { return !n.locked && written.contains(n.start); });
        t->notes.insert(t->notes.end(), notes.begin(), notes.end());
    }
    return s;
}
} // namespace

void GenerationFlow::showForming(const GenerationStep& s) {
    // A pass writes one window of one track: what earlier windows formed stays, this window's notes are
    // replaced.
    forming_.resize(s.previews.size());
    for (std::size_t i = 0; i < s.previews.size(); ++i)
        for (const auto& [name, notes] : s.previews[i]) {
            std::vector<Note>& formed = forming_[i][name];
            std::erase_if(formed,
                          [&](const Note& n) { return n.start >= s.windowStart && n.start < s.windowEnd; });
            formed.insert(formed.end(), notes.begin(), notes.end());
        }
    const WrittenTicks written = writtenTicks(lastRegion_, lastContinue_);
    std::vector<Score> scores;
    for (const NotesByTrack& made : forming_)
        scores.push_back(formingScore(doc_->score(), made, written));
    const QString status = s.totalPasses > 1
                               ? tr("Taking shape: step %1 of %2, pass %3 of %4")
                                     .arg(s.step)
                                     .arg(s.totalSteps)
                                     .arg(s.pass)
                                     .arg(s.totalPasses)
                               : tr("Taking shape: step %1 of %2").arg(s.step).arg(s.totalSteps);
    strip_->showForming(scores, status, lastRegion_ ? lastRegion_->start : 0,
                        lastRegion_ ? lastRegion_->end : 0);
}

ModelFiles GenerationFlow::modelFiles() const {
    const GenerationSettings s = panel_->settings();
    ModelFiles files = ModelFiles::shipped();
    if (!s.melodyModel.empty()) files.melody = s.melodyModel;
    if (!s.accompanimentModel.empty()) files.accompaniment = s.accompanimentModel;
    return files;
}

void GenerationFlow::setDevicePreference(DevicePreference d) {
    device_ = d;
    controller_.probeDevice(d, modelFiles());
    prepareModels();
}

void GenerationFlow::prepareModels() {
    try {
        controller_.prepare(toParams(panel_->settings(), doc_->score().key, device_), modelFiles());
    } catch (const Error&) {
        // Settings that cannot generate are reported when the user presses Generate.
    }
}

bool GenerationFlow::generate() {
    return start(std::nullopt);
}

bool GenerationFlow::regenerate() {
    const ScoreRegion r = roll_->region();
    if (r.isEmpty()) {
        panel_->setMessage(
            tr("Mark the bars to regenerate first: drag on the ruler, or a rectangle in the roll."), true);
        return false;
    }
    const GenerationSettings s = panel_->settings();
    InpaintRegion region;
    region.track = s.regenerateTrack;
    region.start = r.start;
    region.end = r.end;
    if (r.hasPitchRange && s.limitToPitchRange) {
        region.lowPitch = r.lowPitch;
        region.highPitch = r.highPitch;
    }
    return start(region);
}

bool GenerationFlow::continueMelody() {
    const Score& score = doc_->score();
    const Track* melody = score.track(kMelodyTrack);
    if (!melody || melody->empty()) {
        panel_->setMessage(tr("Write or import a few bars of melody first: Continue Melody carries them on "
                              "through the rest of the progression."),
                           true);
        return false;
    }
    Tick end = 0;
    for (const Note& n : melody->notes)
        end = std::max(end, n.end());
    const Tick bar = score.ticksPerBar();
    const Tick from = (end + bar - 1) / bar * bar;
    const Tick length = score.length > 0 ? score.length : static_cast<Tick>(score.bars()) * bar;
    if (from >= length) {
        panel_->setMessage(
            tr("The melody already fills the piece: add bars (Bars in the tool bar) to continue "
               "it."),
            true);
        return false;
    }
    return start(std::nullopt, from);
}

bool GenerationFlow::start(std::optional<InpaintRegion> region, std::optional<Tick> continueFrom) {
    if (controller_.isBusy()) return false;
    const GenerationSettings s = panel_->settings();
    doc_->setGenerationSettings(s);
    const Score& score = doc_->score();
    bool hasChords = false;
    for (const ChordSpan& c : score.chords)
        hasChords |= !c.chord.isNoChord();
    if (!hasChords) {
        panel_->setMessage(
            tr("Type a chord progression first (the line above the roll), e.g. | C G | Am F |"), true);
        return false;
    }
    GenerationJob job;
    job.score = score;
    if (job.score.length == 0)
        job.score.length = static_cast<Tick>(std::max(1, score.bars())) * score.ticksPerBar();
    try {
        job.params = toParams(s, score.key, device_);
        job.params.rhythm = score.melodyRhythm;
    } catch (const std::exception& e) {
        panel_->setMessage(tr("Custom scale: %1").arg(QString::fromUtf8(e.what())), true);
        return false;
    }
    job.region = region;
    job.continueFrom = continueFrom;
    job.models = modelFiles();
    lastTask_ = continueFrom && s.task == Task::Accompaniment ? Task::Melody : s.task;
    if (continueFrom) job.params.task = lastTask_;
    lastRegion_ = region;
    lastContinue_ = continueFrom;
    strip_->clear();
    forming_.clear();
    roll_->clearGhostNotes();
    job_ = controller_.start(std::move(job));
    if (job_ == 0) return false;
    Q_EMIT message(region         ? tr("Regenerating…")
                   : continueFrom ? tr("Continuing the melody…")
                                  : tr("Generating…"));
    return true;
}

void GenerationFlow::cancel() {
    controller_.cancel();
}

Score GenerationFlow::candidateAsPiece(int index) const {
    // Only the generated track(s) come from the candidate: edits made elsewhere meanwhile are kept.
    Score s = doc_->score();
    const Score& c = strip_->candidate(index);
    std::vector<std::string> tracks;
    if (lastRegion_)
        tracks = {lastRegion_->track};
    else if (lastTask_ == Task::Melody)
        tracks = {kMelodyTrack};
    else if (lastTask_ == Task::Accompaniment)
        tracks = {kAccompanimentTrack};
    else
        tracks = {kMelodyTrack, kAccompanimentTrack};
    for (const std::string& name : tracks)
        if (const Track* t = c.track(name)) s.ensureTrack(name).notes = t->notes;
    if (s.length == 0) s.length = c.length;
    return s;
}

void GenerationFlow::showPreview(int index) {
    if (index < 0 || index >= strip_->count()) return;
    const Score piece = candidateAsPiece(index);
    NotesByTrack ghosts;
    for (const Track& t : piece.tracks) {
        const Track* now = doc_->score().track(t.name);
        if (now && now->notes == t.notes) continue; // unchanged track: nothing to preview
        std::vector<Note> notes;
        for (const Note& n : t.notes)
            if (!lastRegion_ || (n.start >= lastRegion_->start && n.start < lastRegion_->end))
                notes.push_back(n);
        ghosts[t.name] = std::move(notes);
    }
    roll_->setGhostNotes(ghosts);
}

void GenerationFlow::accept(int index) {
    if (index < 0 || index >= strip_->count()) return;
    const Score piece = candidateAsPiece(index);
    doc_->replaceScore(piece, tr("Accept candidate %1").arg(index + 1));
    strip_->clear();
    roll_->clearGhostNotes();
    panel_->setMessage(tr("Accepted candidate %1 (Undo brings back what was there).").arg(index + 1));
    Q_EMIT message(tr("Accepted candidate %1").arg(index + 1));
}

void GenerationFlow::discard() {
    strip_->clear();
    roll_->clearGhostNotes();
}

} // namespace fgg::studio
