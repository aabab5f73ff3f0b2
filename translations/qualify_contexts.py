#!/usr/bin/env python3
"""Qualifies the translation contexts of fgg-studio's .ts files with their C++ namespaces.

lupdate (Qt 6.4) does not understand nested namespace definitions (`namespace fgg::ui {`), so it writes the
context of fgg::ui::ChordLane as plain `ChordLane`, while tr() at run time looks up `fgg::ui::ChordLane`.
Run after lupdate (translations/update.sh does both)."""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def namespaces():
    """Class name -> namespace, from the Q_OBJECT classes under widgets/ and app/studio/."""
    found = {}
    for folder in ("widgets", "app/studio"):
        for header in (ROOT / folder).rglob("*.h"):
            text = header.read_text(encoding="utf-8")
            if "Q_OBJECT" not in text:
                continue
            for cls in re.finditer(r"^class (\w+) : public", text, re.M):
                # The namespace the class is defined in: the last one opened before it.
                opened = re.findall(r"^namespace ([\w:]+) \{", text[: cls.start()], re.M)
                if opened:
                    found[cls.group(1)] = opened[-1]
    return found


def main(paths):
    table = namespaces()
    for path in paths:
        text = Path(path).read_text(encoding="utf-8")
        def qualify(m):
            cls = m.group(1).split("::")[-1]
            return f"<name>{table[cls]}::{cls}</name>" if cls in table else m.group(0)

        text = re.sub(r"<name>([\w:]+)</name>", qualify, text)
        Path(path).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
