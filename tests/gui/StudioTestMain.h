#pragma once
// main() for GUI tests that run the studio's windows: app folders of the test's own, then the app's identity.
// QSettings and QStandardPaths follow the XDG variables, set before QApplication exists, so the test (and the
// processes it starts, which inherit them) never reads or writes the user's preferences, recent files or
// autosaves, and finds its autosaves where the app puts them.
#include "app/studio/AppIdentity.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

inline void isolateAppDirs(const QString& root) {
    for (const char* var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString dir = root + QLatin1Char('/') + QString::fromLatin1(var).toLower();
        QDir().mkpath(dir);
        qputenv(var, QFile::encodeName(dir));
    }
    const QString runtime = root + QStringLiteral("/runtime"); // Qt wants it private to the user
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
}

template <typename Test>
int runStudioTest(int argc, char** argv) {
    QTemporaryDir appDirs;
    if (!appDirs.isValid()) return 2;
    isolateAppDirs(appDirs.path());
    QApplication app(argc, argv);
    fgg::studio::setApplicationIdentity();
    Test test;
    return QTest::qExec(&test, argc, argv);
}
