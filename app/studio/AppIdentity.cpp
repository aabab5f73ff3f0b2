#include "app/studio/AppIdentity.h"

#include <QApplication>
#include <QIcon>

namespace fgg::studio {

void setApplicationIdentity() {
    QApplication::setOrganizationName(QStringLiteral("fgg-studio"));
    QApplication::setApplicationName(QStringLiteral("fgg-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("fgg-studio"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QApplication::setDesktopFileName(QStringLiteral("fgg-studio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fgg-studio.svg")));
}

} // namespace fgg::studio
