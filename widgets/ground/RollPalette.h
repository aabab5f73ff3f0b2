#pragma once
// Colours of the roll, in one place so the grid, the notes, the keyboard and the lanes agree.
#include <QColor>
#include <string>

namespace fgg::ui::palette {

inline QColor background() {
    return QColor(0x26, 0x29, 0x2e);
}
inline QColor whiteRow() {
    return QColor(0x30, 0x34, 0x3a);
}
inline QColor blackRow() {
    return QColor(0x29, 0x2c, 0x31);
}
inline QColor outOfChord() {
    return QColor(0, 0, 0, 70);
} ///< the FGG mask: pitches the chord does not allow
inline QColor cRowLine() {
    return QColor(0x50, 0x56, 0x5e);
}
inline QColor sixteenthLine() {
    return QColor(0x36, 0x3a, 0x41);
}
inline QColor beatLine() {
    return QColor(0x44, 0x49, 0x51);
}
inline QColor barLine() {
    return QColor(0x6a, 0x71, 0x7b);
}
inline QColor playhead() {
    return QColor(0xff, 0x5a, 0x4e);
}
inline QColor selection() {
    return QColor(0xff, 0xd2, 0x4a);
}
/// The frame and padlock of a locked note (kept by generation).
inline QColor lockedNote() {
    return QColor(0xff, 0x8a, 0x3d);
}
inline QColor region() {
    return QColor(0x4a, 0x9e, 0xff, 45);
}
inline QColor regionEdge() {
    return QColor(0x4a, 0x9e, 0xff, 160);
}
inline QColor melody() {
    return QColor(0x4f, 0xc3, 0xf7);
}
inline QColor accompaniment() {
    return QColor(0x9c, 0xcc, 0x65);
}
inline QColor otherTrack() {
    return QColor(0xba, 0x9c, 0xf0);
}
inline QColor ghost() {
    return QColor(0xff, 0xff, 0xff, 90);
}
inline QColor laneBackground() {
    return QColor(0x1f, 0x22, 0x26);
}
inline QColor laneText() {
    return QColor(0xdd, 0xe1, 0xe6);
}

inline QColor trackColour(const std::string& name) {
    if (name == "Melody") return melody();
    if (name == "Accompaniment") return accompaniment();
    return otherTrack();
}

} // namespace fgg::ui::palette
