#!/bin/sh
# Re-reads the UI strings of widgets/ and app/studio/ (study windows included) into the .ts files, keeping the
# existing translations and dropping vanished ones. `-I .` lets lupdate read the headers the sources include
# from the repository root, so every context is the class's full name (fgg::ui::PianoRollView), as tr() uses
# at run time. Translate with Qt Linguist afterwards; CMake compiles the files into the app.
set -e
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
$LUPDATE -I . -no-obsolete -locations none widgets app/studio \
    -ts translations/fgg-studio_de.ts translations/fgg-studio_zh_CN.ts
