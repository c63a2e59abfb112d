#pragma once

#include "core/risk/riskmatrixpainter.h"

class QWidget;

namespace ik::ui {

// The core painter set up for drawing `matrix` on `widget`: step labels in the UI language, texts
// in the palette's text colour and at least as large as the widget's font.
RiskMatrixPainter screenMatrixPainter(const RiskMatrix &matrix, const QWidget &widget);

} // namespace ik::ui
