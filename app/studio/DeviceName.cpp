#include "app/studio/DeviceName.h"

#include <QStringList>

namespace fgg::studio {

QString shortDeviceName(const QString& deviceLine) {
    QString name = deviceLine.section(QLatin1Char('\n'), 0, 0);
    const qsizetype open = name.indexOf(QLatin1String(" ("));
    if (open > 0 && name.endsWith(QLatin1Char(')'))) {
        // The items are separated by ", "; one of them may hold parentheses of its own ("(OpenMP)").
        const QStringList items = name.mid(open + 2, name.size() - open - 3).split(QStringLiteral(", "));
        QStringList shown{name.left(open)};
        if (items.size() > 1) shown << items.front();
        shown << items.back();
        name = shown.join(QStringLiteral(", "));
    }
    if (name.size() > 36) name = name.left(34) + QStringLiteral("…");
    return name;
}

} // namespace fgg::studio
