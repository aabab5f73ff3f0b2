#pragma once
// The generation workflow between the panel, the worker, the roll and the document: Generate and Regenerate
// selection build a job from the document and the panel's settings; every step moves the progress bar and
// shows the x0 preview as ghost notes; the candidates go to the strip, where one is accepted as a single undo
// step.
#include "app/studio/GenerationWorker.h"
#include "widgets/ground/NoteTypes.h"

#include <QObject>
#include <optional>

namespace fgg::ui {
class CandidateStrip;
class GenerationPanel;
class PianoRollView;
} // namespace fgg::ui

namespace fgg::studio {

class Document;
class Playback;

class GenerationFlow : public QObject {
    Q_OBJECT
public:
    GenerationFlow(Document* doc, ui::GenerationPanel* panel, ui::PianoRollView* roll,
                   ui::CandidateStrip* strip, Playback* playback, QObject* parent = nullptr);

    GenerationController* controller() { return &controller_; }
    /// Generate (whole piece) / regenerate the marked region. False with a message when the job cannot start.
    bool generate();
    bool regenerate();
    /// Continue Melody: the melody written so far (a motif) is kept note for note and carried on from the
    /// bar after its last note to the end (and the accompaniment written, when the task is both).
    bool continueMelody();
    void cancel();
    /// Puts candidate `index` into the document (one undo step) and clears the strip.
    void accept(int index);
    void discard();
    /// The model files the settings name (the shipped ones by default).
    ModelFiles modelFiles() const;
    /// The machine's device preference (Preferences): probes it and prepares the models there.
    void setDevicePreference(DevicePreference d);

Q_SIGNALS:
    void message(const QString& text);
    void finishedCandidates(int count);

private:
    bool start(std::optional<InpaintRegion> region, std::optional<Tick> continueFrom = std::nullopt);
    void showPreview(int index);
    Score candidateAsPiece(int index) const;

    Document* doc_;
    ui::GenerationPanel* panel_;
    ui::PianoRollView* roll_;
    ui::CandidateStrip* strip_;
    Playback* playback_;
    GenerationController controller_;
    /// Loads the models for the current settings in the worker, so the first Generate is not slower.
    void prepareModels();

    DevicePreference device_ = DevicePreference::Auto;
    quint64 job_ = 0; ///< the running or last job started for this piece (0: none)
    Task lastTask_ = Task::Both;
    std::optional<InpaintRegion> lastRegion_;
    std::optional<Tick> lastContinue_;
    /// Per candidate, the latest preview of each track the running job writes (the strip draws them forming).
    std::vector<NotesByTrack> forming_;
    void showForming(const GenerationStep& s);
};

} // namespace fgg::studio
