#include "app/studio/GenerationWorker.h"

#include "model/music/Error.h"
#include "model/roll/PianoRoll.h"

#include <QMetaObject>
#include <limits>

namespace fgg::studio {

GenerationWorker::GenerationWorker(std::shared_ptr<std::atomic<bool>> cancel) : cancel_(std::move(cancel)) {}
GenerationWorker::~GenerationWorker() = default;

Generator& GenerationWorker::generator(const ModelFiles& models) {
    if (!generator_ || generator_->files().melody != models.melody ||
        generator_->files().accompaniment != models.accompaniment)
        generator_ = std::make_unique<Generator>(models); // other files: load them on first use
    return *generator_;
}

WrittenTicks writtenTicks(const std::optional<InpaintRegion>& region,
                          const std::optional<Tick>& continueFrom) {
    if (region) return {region->start, region->end};
    if (continueFrom) return {*continueFrom};
    return {};
}

void GenerationWorker::run(const GenerationJob& job) {
    auto progress = [this, &job](const GenerationProgress& p) {
        GenerationStep s;
        s.step = p.step;
        s.totalSteps = p.totalSteps;
        s.pass = p.pass;
        s.totalPasses = p.totalPasses;
        s.track = QString::fromStdString(p.track);
        s.windowStart = p.origin;
        s.windowEnd = p.origin + static_cast<Tick>(roll::kWindowSteps) * job.score.ticksPerSixteenth();
        // Only the part being written: the region, or the melody after the motif.
        const bool continuing = job.continueFrom && p.track == kMelodyTrack;
        const WrittenTicks written = writtenTicks(job.region, continuing ? job.continueFrom : std::nullopt);
        for (std::vector<Note> notes : p.preview) {
            std::erase_if(notes, [&](const Note& n) { return !written.contains(n.start); });
            s.previews.push_back(NotesByTrack{{p.track, std::move(notes)}});
        }
        Q_EMIT stepDone(job.id, s);
    };
    try {
        Generator& g = generator(job.models);
        std::vector<Score> results =
            job.region ? g.regenerate(job.score, *job.region, job.params, progress, cancel_.get())
            : job.continueFrom
                ? g.continueMelody(job.score, *job.continueFrom, job.params, progress, cancel_.get())
                : g.generate(job.score, job.params, progress, cancel_.get());
        Q_EMIT finished(job.id, results);
    } catch (const Cancelled&) {
        Q_EMIT cancelled(job.id);
    } catch (const std::exception& e) {
        Q_EMIT failed(job.id, QString::fromUtf8(e.what()));
    }
}

void GenerationWorker::probeDevice(DevicePreference preference, const ModelFiles& models) {
    try {
        const DeviceInfo info = generator(models).device(preference);
        Q_EMIT deviceProbed(QString::fromStdString(info.name), info.cuda,
                            QString::fromStdString(info.blasWarning));
    } catch (const std::exception& e) {
        Q_EMIT deviceProbed(QString::fromUtf8(e.what()), false, {});
    }
}

void GenerationWorker::prepare(const GenerationParams& params, const ModelFiles& models) {
    try {
        generator(models).prepare(params);
    } catch (const std::exception&) {
        // Nothing to show yet: Generate names the missing or broken model when the user asks for one.
    }
}

GenerationController::GenerationController(QObject* parent) : QObject(parent) {
    qRegisterMetaType<fgg::studio::GenerationStep>();
    qRegisterMetaType<std::vector<fgg::Score>>();
    worker_ = new GenerationWorker(cancel_);
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    // Queued: the worker emits from its thread, these arrive in the GUI thread's event loop.
    connect(
        worker_, &GenerationWorker::stepDone, this,
        [this](quint64 id, const GenerationStep& s) {
            if (id == running_) Q_EMIT stepDone(id, s);
        },
        Qt::QueuedConnection);
    connect(
        worker_, &GenerationWorker::finished, this,
        [this](quint64 id, const std::vector<Score>& r) {
            done(id);
            Q_EMIT finished(id, r);
        },
        Qt::QueuedConnection);
    connect(
        worker_, &GenerationWorker::failed, this,
        [this](quint64 id, const QString& m) {
            done(id);
            Q_EMIT failed(id, m);
        },
        Qt::QueuedConnection);
    connect(
        worker_, &GenerationWorker::cancelled, this,
        [this](quint64 id) {
            done(id);
            Q_EMIT cancelled(id);
        },
        Qt::QueuedConnection);
    connect(worker_, &GenerationWorker::deviceProbed, this, &GenerationController::deviceProbed,
            Qt::QueuedConnection);
    thread_.setObjectName(QStringLiteral("generation"));
    thread_.start();
}

GenerationController::~GenerationController() {
    cancel_->store(true); // a running generation stops within one step
    thread_.quit();
    thread_.wait();
}

quint64 GenerationController::start(GenerationJob job) {
    if (running_ != 0) return 0;
    job.id = nextId_++;
    running_ = job.id;
    cancel_->store(false);
    QMetaObject::invokeMethod(
        worker_, [w = worker_, job = std::move(job)] { w->run(job); }, Qt::QueuedConnection);
    Q_EMIT busyChanged(true);
    return running_;
}

void GenerationController::cancel() {
    cancel_->store(true);
}

void GenerationController::probeDevice(DevicePreference preference, const ModelFiles& models) {
    QMetaObject::invokeMethod(
        worker_, [w = worker_, preference, models] { w->probeDevice(preference, models); },
        Qt::QueuedConnection);
}

void GenerationController::prepare(const GenerationParams& params, const ModelFiles& models) {
    QMetaObject::invokeMethod(
        worker_, [w = worker_, params, models] { w->prepare(params, models); }, Qt::QueuedConnection);
}

void GenerationController::done(quint64 id) {
    if (id != running_) return;
    running_ = 0;
    Q_EMIT busyChanged(false);
}

} // namespace fgg::studio
