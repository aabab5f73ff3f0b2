#include "app/studio/study/StimulusBuilder.h"

#include "audio/OfflineRenderer.h"
#include "model/study/StimulusBuild.h"

#include <QMetaObject>
#include <QPointer>

namespace fgg::studio::listening {

StimulusBuilder::StimulusBuilder(QObject* parent) : QObject(parent) {}

StimulusBuilder::~StimulusBuilder() {
    cancel();
    wait();
}

void StimulusBuilder::cancel() {
    cancel_->store(true);
}

void StimulusBuilder::wait() {
    if (thread_) {
        thread_->wait();
        delete thread_;
        thread_ = nullptr;
    }
}

bool StimulusBuilder::start(const fgg::study::Study& study, const QString& studyDir, bool renderWav,
                            DevicePreference device) {
    if (busy_) return false;
    wait(); // the previous thread has ended; collect it
    busy_ = true;
    cancel_->store(false);
    const std::string dir = studyDir.toStdString();
    auto cancel = cancel_;
    QPointer<StimulusBuilder> self(this);
    // Results go back to the GUI thread queued; `self` guards against the builder being gone by then.
    const auto post = [self](auto fn) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, fn] {
                if (self) fn(*self);
            },
            Qt::QueuedConnection);
    };
    thread_ = QThread::create([study, dir, cancel, renderWav, device, post] {
        fgg::study::StimulusBuildOptions options;
        options.cancel = cancel.get();
        options.device = device;
        std::unique_ptr<audio::OfflineRenderer> renderer;
        options.progress = [post](const fgg::study::StimulusProgress& p) {
            const QString name = QString::fromStdString(p.name);
            post([p, name](StimulusBuilder& b) { Q_EMIT b.progress(p.index, p.total, name, p.fraction); });
        };
        try {
            if (renderWav) {
                try {
                    renderer = std::make_unique<audio::OfflineRenderer>();
                    options.renderWav = [&renderer, cancel](const Score& score, const std::string& path) {
                        const auto keepGoing = [cancel](double) { return !cancel->load(); };
                        return !renderer->renderToFile(score, path, keepGoing).cancelled;
                    };
                } catch (const std::exception& e) {
                    // No synth (no soundfont): the MIDI files still make a study; say why there is no WAV.
                    const QString message = QString::fromUtf8(e.what());
                    post([message](StimulusBuilder& b) { Q_EMIT b.warning(message); });
                }
            }
            const auto r = fgg::study::buildStimuli(study, dir, options);
            post([r](StimulusBuilder& b) {
                b.busy_ = false;
                Q_EMIT b.finished(r.made, r.skipped, r.wav);
            });
        } catch (const Cancelled&) {
            post([](StimulusBuilder& b) {
                b.busy_ = false;
                Q_EMIT b.cancelled();
            });
        } catch (const std::exception& e) {
            const QString message = QString::fromUtf8(e.what());
            post([message](StimulusBuilder& b) {
                b.busy_ = false;
                Q_EMIT b.failed(message);
            });
        }
    });
    thread_->start();
    return true;
}

} // namespace fgg::studio::listening
