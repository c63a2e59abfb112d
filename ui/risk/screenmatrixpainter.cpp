#include "ui/risk/screenmatrixpainter.h"

#include <QFontInfo>
#include <QLocale>
#include <QWidget>

namespace ik::ui {

RiskMatrixPainter screenMatrixPainter(const RiskMatrix &matrix, const QWidget &widget)
{
    RiskMatrixPainter painter(matrix, QLocale().language() == QLocale::NorwegianBokmal ? QStringLiteral("nb")
                                                                                        : QStringLiteral("en"));
    painter.setInk(widget.palette().color(QPalette::Text));
    painter.setMinimumTextSize(QFontInfo(widget.font()).pixelSize());
    return painter;
}

} // namespace ik::ui
