#include "app/studio/Autosave.h"

#include "app/studio/Document.h"
#include "app/studio/ProjectFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSet>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimer>
#include <algorithm>

namespace fgg::studio {

namespace {
QString lockPathFor(const QString& autosavePath) {
    QString p = autosavePath;
    p.chop(static_cast<int>(qstrlen(kProjectSuffix)));
    return p + QStringLiteral("lock");
}

/// The locks that windows of this process hold.
QSet<QString>& heldLocks() {
    static QSet<QString> held;
    return held;
}

/// Whether the session that held `lockPath` has ended; if so, the lock is removed. QLockFile takes a lock
/// that names this process's pid for a live one, but unless a window here holds it, it is a crashed session's
/// whose pid came back (sandboxes' pid namespaces hand out the same few pids).
bool ownerGone(const QString& lockPath) {
    if (heldLocks().contains(lockPath)) return false;
    QLockFile lock(lockPath);
    lock.setStaleLockTime(0); // stale only when the owning process is gone
    if (lock.tryLock(0)) {
        lock.unlock();
        return true;
    }
    qint64 pid = 0;
    QString host, app;
    if (lock.error() != QLockFile::LockFailedError || !lock.getLockInfo(&pid, &host, &app)) return false;
    if (pid != QCoreApplication::applicationPid() || host != QSysInfo::machineHostName()) return false;
    QFile::remove(lockPath);
    return true;
}
} // namespace

QString Autosave::directory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

Autosave::Autosave(Document* doc, QObject* parent) : QObject(parent), doc_(doc), timer_(new QTimer(this)) {
    QDir().mkpath(directory());
    removeStaleLocks();
    claimPath();
    connect(timer_, &QTimer::timeout, this, [this] { saveNow(); });
    // Saved (or back at the saved state): nothing is left to recover, so a crash now must not offer old work.
    connect(doc_, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified) QFile::remove(path_);
    });
    setInterval(30);
}

void Autosave::claimPath() {
    // The pid alone is not unique: windows of one process share it, and a crashed session's pid can come
    // back. Take the first name with no autosave whose lock we get.
    const QString base = directory() + QStringLiteral("/autosave-%1").arg(QCoreApplication::applicationPid());
    for (int n = 1;; ++n) {
        path_ = base + QStringLiteral("-%1.%2").arg(n).arg(QLatin1String(kProjectSuffix));
        if (QFileInfo::exists(path_)) continue;
        auto lock = std::make_unique<QLockFile>(lockPathFor(path_));
        lock->setStaleLockTime(0); // stale only when the owning process is gone
        if (!lock->tryLock(0)) {
            if (lock->error() == QLockFile::LockFailedError) continue; // another live window has it
            return; // the folder is not writable: autosaves will fail and say so
        }
        lock_ = std::move(lock);
        heldLocks().insert(lockPathFor(path_));
        return;
    }
}

void Autosave::removeStaleLocks() {
    // Locks of crashed sessions that had nothing unsaved: there is no autosave to offer, only litter.
    const QFileInfoList locks =
        QDir(directory()).entryInfoList({QStringLiteral("autosave-*.lock")}, QDir::Files);
    for (const QFileInfo& f : locks) {
        QString autosave = f.absoluteFilePath();
        autosave.chop(4);
        if (!QFileInfo::exists(autosave + QLatin1String(kProjectSuffix))) ownerGone(f.absoluteFilePath());
    }
}

Autosave::~Autosave() {
    heldLocks().remove(lockPathFor(path_));
}

void Autosave::setInterval(int seconds) {
    if (seconds <= 0) {
        timer_->stop();
        return;
    }
    timer_->start(seconds * 1000);
}

bool Autosave::saveNow(QString* error) {
    if (!doc_->isModified()) return true;
    try {
        saveProject(Project{doc_->score(), doc_->generationSettings()}, path_);
        Q_EMIT saved(path_);
        return true;
    } catch (const std::exception& e) {
        const QString message = tr("Autosave failed: %1").arg(QString::fromUtf8(e.what()));
        if (error) *error = message;
        Q_EMIT failed(message);
        return false;
    }
}

void Autosave::finish() {
    timer_->stop();
    QFile::remove(path_);
    if (lock_) lock_->unlock();
    heldLocks().remove(lockPathFor(path_));
}

QStringList Autosave::recoverable() {
    QDir dir(directory());
    QStringList out;
    const QFileInfoList files = dir.entryInfoList(
        {QStringLiteral("autosave-*.") + QLatin1String(kProjectSuffix)}, QDir::Files, QDir::Time);
    for (const QFileInfo& f : files) {
        if (ownerGone(lockPathFor(f.absoluteFilePath()))) out << f.absoluteFilePath();
    }
    return out;
}

void Autosave::discard(const QString& path) {
    QFile::remove(path);
    QFile::remove(lockPathFor(path));
}

} // namespace fgg::studio
