#pragma once
// Autosave: every N seconds (30 by default) a modified document is written to the app-data folder
// (QStandardPaths::AppDataLocation/autosave). Each window holds a lock file beside its autosave; a clean
// exit removes both, and saving removes the autosave. An autosave whose lock is stale is what a crashed
// session left: the app offers to recover it (Recovery.h).
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QLockFile;
class QTimer;

namespace fgg::studio {

class Document;

class Autosave : public QObject {
    Q_OBJECT
public:
    Autosave(Document* doc, QObject* parent = nullptr);
    ~Autosave() override;

    static QString directory();
    /// Autosaves of sessions that ended without cleaning up (crashes), newest first.
    static QStringList recoverable();
    /// Forgets a recovered (or declined) autosave.
    static void discard(const QString& path);

    void setInterval(int seconds); ///< 0 stops autosaving
    QString path() const { return path_; }
    /// Writes the document now if it is modified; false (and `error`) on failure.
    bool saveNow(QString* error = nullptr);
    /// A clean exit: removes this session's autosave and lock.
    void finish();

Q_SIGNALS:
    void saved(const QString& path);
    void failed(const QString& message);

private:
    void claimPath();
    static void removeStaleLocks();

    Document* doc_;
    QTimer* timer_;
    QString path_;
    std::unique_ptr<QLockFile> lock_;
};

} // namespace fgg::studio
