// fgg-studio: the composition workstation.
//   fgg-studio [FILE]            open a project (.fggproj) or import a MIDI file
//   fgg-studio --demo            open the demo progression and generate a piece for it
//   fgg-studio --screenshot PNG  grab the main window once shown, then quit (for the docs)
//   fgg-studio --dock NAME       bring the dock titled NAME (Generation, History, Sound) to the front
#include "app/studio/AppIdentity.h"
#include "app/studio/DemoProject.h"
#include "app/studio/Document.h"
#include "app/studio/FileController.h"
#include "app/studio/GenerationFlow.h"
#include "app/studio/MainWindow.h"
#include "app/studio/Preferences.h"
#include "model/diffusion/ProcessEnvironment.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <functional>

namespace fgg {
int translationsAnchor(); // keeps the embedded .qm resources linked in
}

namespace {

/// The language from the preferences, else from the system locale; installs fgg-studio's and Qt's
/// translations.
void installTranslations(QApplication& app) {
    const QString chosen = fgg::studio::loadPreferences().language;
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (!chosen.isEmpty()) QLocale::setDefault(locale);
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("fgg-studio"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

/// The demo: generate for the demo progression at once and accept the first candidate (one undo step), so a
/// new user sees the engine at work (progress, ghost notes) and gets a piece to play and edit. `then` runs
/// when the generation has finished, failed or was cancelled.
void startDemo(fgg::studio::MainWindow& window, std::function<void()> then) {
    using fgg::studio::GenerationController;
    fgg::studio::GenerationFlow* flow = window.generation();
    QObject::connect(
        flow, &fgg::studio::GenerationFlow::finishedCandidates, flow,
        [flow, then](int count) {
            if (count > 0) flow->accept(0);
            if (then) then();
        },
        Qt::SingleShotConnection);
    if (then) {
        QObject::connect(
            flow->controller(), &GenerationController::failed, flow, [then] { then(); },
            Qt::SingleShotConnection);
        QObject::connect(
            flow->controller(), &GenerationController::cancelled, flow, [then] { then(); },
            Qt::SingleShotConnection);
    }
    if (!flow->generate() && then) then();
}

} // namespace

int main(int argc, char** argv) {
    fgg::setLibTorchDefaults(); // before QApplication starts any thread
    QApplication app(argc, argv);
    fgg::studio::setApplicationIdentity();
    (void)fgg::translationsAnchor();
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Composition workstation with fine-grained guided diffusion"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open the demo progression and generate a piece for it."));
    QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to <file> and quit."),
        QStringLiteral("file"));
    QCommandLineOption dock(QStringLiteral("dock"),
                            QApplication::translate("main", "Bring the dock titled <name> to the front."),
                            QStringLiteral("name"));
    parser.addOptions({demo, screenshot, dock});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A project or MIDI file to open."));
    parser.process(app);

    fgg::studio::MainWindow window;
    if (parser.isSet(demo)) window.document()->reset(fgg::studio::demoProgression());
    window.show();
    for (QDockWidget* d : window.findChildren<QDockWidget*>())
        if (parser.isSet(dock) && d->windowTitle().compare(parser.value(dock), Qt::CaseInsensitive) == 0)
            d->raise();
    // Open the file once the window is up: a MIDI import asks which tracks to use, and that question belongs
    // in front of the workstation, not on an empty screen.
    if (!parser.isSet(demo) && !parser.positionalArguments().isEmpty()) {
        const QString path = parser.positionalArguments().first();
        QTimer::singleShot(0, &window, [&window, path] { window.files()->openPath(path); });
    }

    std::function<void()> grab; // --screenshot: save the window and quit
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        grab = [&window, file] {
            QTimer::singleShot(300, &window, [&window, file] {
                const bool ok = window.grab().save(file);
                window.document()->undoStack()->setClean(); // nothing to save: quit without asking
                QApplication::exit(ok ? 0 : 1);
            });
        };
    }
    const bool isDemo = parser.isSet(demo);
    QTimer::singleShot(0, &window, [&window, grab, isDemo] {
        // Recovered work comes first: the demo must not generate over what a crashed session left.
        const bool recovered = !grab && window.offerRecovery();
        if (isDemo && !recovered)
            startDemo(window, grab);
        else if (grab)
            QTimer::singleShot(900, &window, grab);
    });
    return app.exec();
}
