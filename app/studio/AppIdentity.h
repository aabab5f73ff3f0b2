#pragma once
// Who the app is to Qt. The organisation and application names decide where QSettings keeps the preferences
// and where QStandardPaths puts the autosaves, so the app and any test that restarts it must agree on them.
namespace fgg::studio {

/// Sets the names, version, desktop file and icon of fgg-studio (call once the QApplication exists).
void setApplicationIdentity();

} // namespace fgg::studio
