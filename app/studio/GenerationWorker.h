#pragma once
// Generation off the GUI thread. GenerationWorker lives in a QThread of its own and owns the fgg::Generator
// (so the loaded models stay warm between runs); GenerationController is the GUI side: it starts jobs, raises
// the cancel flag (checked by the engine before every diffusion step) and relays progress, results and errors
// as queued signals. The GUI thread never waits on the worker.
#include "model/diffusion/Generator.h"
#include "widgets/ground/NoteTypes.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <atomic>
#include <limits>
#include <memory>
#include <optional>

namespace fgg::studio {

struct GenerationJob {
    quint64 id = 0;
    Score score;
    GenerationParams params;
    std::optional<InpaintRegion> region; ///< set: regenerate this region of `score`
    std::optional<Tick> continueFrom;    ///< set: continue the melody from this tick (Continue Melody)
    ModelFiles models;
};

/// The ticks a job writes, [from, to): its region, the melody after the motif it continues, or the whole
/// piece.
struct WrittenTicks {
    Tick from = 0;
    Tick to = std::numeric_limits<Tick>::max();
    bool contains(Tick t) const { return t >= from && t < to; }
};
WrittenTicks writtenTicks(const std::optional<InpaintRegion>& region,
                          const std::optional<Tick>& continueFrom);

/// One diffusion step, as the GUI shows it: counters and every candidate's x0 preview, decoded to notes.
struct GenerationStep {
    int step = 0;
    int totalSteps = 0;
    int pass = 0;
    int totalPasses = 0;
    QString track;
    /// The ticks of the piece the pass's window covers: the previews hold the notes starting there.
    Tick windowStart = 0;
    Tick windowEnd = 0;
    /// Per candidate, the window's x0 estimate in the track being written (ghost notes), only where this job
    /// writes.
    std::vector<NotesByTrack> previews;
};

class GenerationWorker : public QObject {
    Q_OBJECT
public:
    explicit GenerationWorker(std::shared_ptr<std::atomic<bool>> cancel);
    ~GenerationWorker() override;

    /// Runs in the worker thread (invoke it queued).
    void run(const fgg::studio::GenerationJob& job);
    /// Asks the engine which device a preference resolves to (worker thread).
    void probeDevice(fgg::DevicePreference preference, const fgg::ModelFiles& models);
    /// Loads and warms the models for `params` (worker thread), so the first Generate is as fast as the next.
    void prepare(const fgg::GenerationParams& params, const fgg::ModelFiles& models);

Q_SIGNALS:
    void stepDone(quint64 id, const fgg::studio::GenerationStep& step);
    void finished(quint64 id, const std::vector<fgg::Score>& results);
    void failed(quint64 id, const QString& message);
    void cancelled(quint64 id);
    void deviceProbed(const QString& description, bool cuda, const QString& warning);

private:
    Generator& generator(const ModelFiles& models);

    std::shared_ptr<std::atomic<bool>> cancel_;
    std::unique_ptr<Generator> generator_;
};

class GenerationController : public QObject {
    Q_OBJECT
public:
    explicit GenerationController(QObject* parent = nullptr);
    ~GenerationController() override;

    /// Starts a job (returns its id); false/0 when one is already running.
    quint64 start(GenerationJob job);
    /// Raises the cancel flag: the engine stops before its next step and `cancelled` follows. Thread-safe.
    void cancel();
    bool isBusy() const { return running_ != 0; }
    void probeDevice(DevicePreference preference, const ModelFiles& models);
    /// Loads the models in the background (queued before any job started later).
    void prepare(const GenerationParams& params, const ModelFiles& models);
    /// The worker (its signals come from the worker thread).
    GenerationWorker* worker() const { return worker_; }

Q_SIGNALS:
    void stepDone(quint64 id, const fgg::studio::GenerationStep& step);
    void finished(quint64 id, const std::vector<fgg::Score>& results);
    void failed(quint64 id, const QString& message);
    void cancelled(quint64 id);
    void busyChanged(bool busy);
    void deviceProbed(const QString& description, bool cuda, const QString& warning);

private:
    void done(quint64 id);

    QThread thread_;
    GenerationWorker* worker_ = nullptr;
    std::shared_ptr<std::atomic<bool>> cancel_ = std::make_shared<std::atomic<bool>>(false);
    quint64 nextId_ = 1;
    quint64 running_ = 0;
};

} // namespace fgg::studio

Q_DECLARE_METATYPE(fgg::studio::GenerationStep)
Q_DECLARE_METATYPE(std::vector<fgg::Score>)
