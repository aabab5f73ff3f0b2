#include "app/studio/Autosave.h"

#include "app/studio/Document.h"
#include "app/studio/ProjectFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>
#include <algorithm>

namespace fgg::studio {

namespace {
QString lockPathFor(const QString& autosavePath) {
    QString p = autosavePath;
    p.chop(static_cast<int>(qstrlen(kProjectSuffix)));
    return p + QStringLiteral("lock");
}
} // namespace

QString Autosave::directory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

Autosave::Autosave(Document* doc, QObject* parent) : QObject(parent), doc_(doc), timer_(new QTimer(this)) {
    QDir().mkpath(directory());
    path_ = directory() + QStringLiteral("/autosave-%1.%2")
                              .arg(QCoreApplication::applicationPid())
                              .arg(QLatin1String(kProjectSuffix));
    lock_ = std::make_unique<QLockFile>(lockPathFor(path_));
    lock_->setStaleLockTime(0); // stale only when the owning process is gone
    lock_->tryLock(0);
    connect(timer_, &QTimer::timeout, this, [this] { saveNow(); });
    setInterval(30);
}

Autosave::~Autosave() = default;

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
}

QStringList Autosave::recoverable() {
    QDir dir(directory());
    QStringList out;
    const QFileInfoList files = dir.entryInfoList(
        {QStringLiteral("autosave-*.") + QLatin1String(kProjectSuffix)}, QDir::Files, QDir::Time);
    const QString own = QStringLiteral("autosave-%1.").arg(QCoreApplication::applicationPid());
    for (const QFileInfo& f : files) {
        if (f.fileName().startsWith(own)) continue;
        QLockFile lock(lockPathFor(f.absoluteFilePath()));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0)) continue; // that session is still running
        lock.unlock();
        out << f.absoluteFilePath();
    }
    return out;
}

void Autosave::discard(const QString& path) {
    QFile::remove(path);
    QFile::remove(lockPathFor(path));
}

} // namespace fgg::studio
