#pragma once
// Acting on modal dialogs from a GUI test. A modal dialog (a folder chooser, a designer, a participant
// window) blocks in exec(), so the code after the click that opened it runs only once it is closed: the test
// acts on it from a timer instead (onModal). A watchdog closes any dialog left open for a minute, so a failed
// step ends the test instead of hanging it; what it closed is a failure to report.
#include <QtTest> // first: moc must see Qt before <compare>

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLineEdit>
#include <QList>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>
#include <functional>

namespace fgg::studio::test {

class ModalDriver {
public:
    /// Runs `fn` on the next modal dialog of type T once it is active (its exec() blocks whoever opened it).
    template <typename T>
    QTimer* onModal(std::function<void(T*)> fn) {
        auto* timer = new QTimer(&context_);
        pending_ << timer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, &context_, [timer, fn] {
            auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
            if (!dialog) return;
            timer->stop();
            timer->deleteLater();
            fn(dialog);
        });
        timer->start();
        return timer;
    }

    /// Types `typed` (a path, or several files as `"a.mid" "b.mid"` in `folder`) into the next file dialog
    /// and accepts it.
    void pickInFileDialog(const QString& folder, const QString& typed) {
        onModal<QFileDialog>([folder, typed](QFileDialog* d) {
            if (!folder.isEmpty()) d->setDirectory(folder);
            auto* name = d->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(typed);
            static_cast<QDialog*>(d)->accept(); // QFileDialog::accept is protected; QDialog's is public
        });
    }

    /// Any dialog left open for 60 s is a failed step: close it so the test ends instead of hanging.
    void startWatchdog() {
        watchdog_.setInterval(500);
        QObject::connect(&watchdog_, &QTimer::timeout, &context_, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (modal != watched_) {
                watched_ = modal;
                watchedFor_.start();
            } else if (modal && watchedFor_.elapsed() > 60000) {
                watchdogClosed_ << modal->metaObject()->className() + QStringLiteral(" ") +
                                       modal->windowTitle();
                if (auto* box = qobject_cast<QMessageBox*>(modal))
                    watchdogClosed_.last() += QStringLiteral(": ") + box->text();
                modal->close();
                watchedFor_.start();
            }
        });
        watchdog_.start();
    }

    void stopWatchdog() { watchdog_.stop(); }

    /// Drops the onModal timers still waiting: a dialog that never came (an optional one, or after a
    /// failure).
    void dropPending() {
        for (const QPointer<QTimer>& t : std::as_const(pending_))
            delete t.data();
        pending_.clear();
    }

    /// The dialogs the watchdog had to close, each as "class title[: message]".
    const QStringList& watchdogClosed() const { return watchdogClosed_; }

private:
    QObject context_; ///< owns the timers; first, so it goes last
    QTimer watchdog_;
    QPointer<QWidget> watched_;
    QElapsedTimer watchedFor_;
    QStringList watchdogClosed_;
    QList<QPointer<QTimer>> pending_; ///< onModal's timers still waiting for their dialog
};

} // namespace fgg::studio::test
