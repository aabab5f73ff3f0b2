#pragma once
// Generates a study's stimuli off the GUI thread: fgg::study::buildStimuli in a QThread of its own, with WAV
// files through the audio layer's offline renderer, progress relayed as queued signals and a cancel flag the
// engine checks before every diffusion step. Finished stimuli stay when cancelled, so building again resumes.
#include "model/diffusion/GenerationParams.h"
#include "model/study/Study.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <atomic>
#include <memory>

namespace fgg::studio::listening {

class StimulusBuilder : public QObject {
    Q_OBJECT
public:
    explicit StimulusBuilder(QObject* parent = nullptr);
    ~StimulusBuilder() override; ///< cancels and waits for the worker

    /// Starts building; false when a build is already running.
    bool start(const fgg::study::Study& study, const QString& studyDir, bool renderWav = true,
               DevicePreference device = DevicePreference::Auto);
    void cancel();
    bool isBusy() const { return busy_; }
    /// Waits for the worker to finish (tests).
    void wait();

Q_SIGNALS:
    void progress(int index, int total, const QString& name, double fraction);
    void finished(int made, int skipped, bool wav);
    void failed(const QString& message);
    void cancelled();
    /// Something the build works around (no synth: MIDI only).
    void warning(const QString& message);

private:
    QThread* thread_ = nullptr;
    std::shared_ptr<std::atomic<bool>> cancel_ = std::make_shared<std::atomic<bool>>(false);
    bool busy_ = false;
};

} // namespace fgg::studio::listening
