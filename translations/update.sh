#!/bin/sh
# Re-reads the UI strings of widgets/ and app/studio/ into the .ts files (keeping existing translations), then
# qualifies the contexts with their namespaces (see qualify_contexts.py). Translate with Qt Linguist afterwards.
set -e
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
$LUPDATE -no-obsolete -locations none widgets app/studio/*.cpp app/studio/*.h app/studio/commands \
    -ts translations/fgg-studio_de.ts translations/fgg-studio_zh_CN.ts
python3 translations/qualify_contexts.py translations/fgg-studio_de.ts translations/fgg-studio_zh_CN.ts
