#include "ui/shell/uistyle.h"

#include <QLabel>
#include <QPalette>

#include <cmath>

namespace ik::ui {

namespace {

// The table: {light, dark}, as #rrggbb. Each text colour reads on its own background (and the
// error red on a light or a dark base) with a contrast of at least 4.5:1 (tests/gui: test_gui).
struct Variants
{
    const char *light, *dark;
};
constexpr Variants kErrorText{"#a00020", "#ff8a80"};
constexpr const char *kPaper = "#ffffff"; // one variant: paper is white in a dark room too
struct BannerRow
{
    Variants background, border, text;
};
constexpr BannerRow kBanners[] = {
    /* Neutral */ {{"#f4f4f4", "#353535"}, {"#c8c8c8", "#5a5a5a"}, {"#202020", "#e6e6e6"}},
    /* Info    */ {{"#e8eef8", "#1f2a3d"}, {"#8aa4cc", "#4a6490"}, {"#1a2a44", "#e8eef8"}},
    /* Good    */ {{"#e3f4e1", "#1e3d1a"}, {"#8cc084", "#4f7f48"}, {"#1e3d1a", "#e3f4e1"}},
    /* Warning */ {{"#fff3c4", "#4a3b00"}, {"#e0c050", "#8a7020"}, {"#4a3b00", "#fff3c4"}},
};

QColor pick(const Variants &v, const QPalette &palette)
{
    return QColor(QString::fromLatin1(isDark(palette) ? v.dark : v.light));
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor errorTextColor(const QPalette &palette)
{
    return pick(kErrorText, palette);
}

void setErrorStyle(QLabel *label, bool bold)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, errorTextColor(p));
    label->setPalette(p);
    QFont f = label->font();
    f.setBold(bold);
    label->setFont(f);
}

QColor textOn(const QColor &background)
{
    // Relative luminance (WCAG): a light background takes black text.
    const auto channel = [](qreal c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const qreal luminance = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF())
                            + 0.0722 * channel(background.blueF());
    return luminance > 0.179 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor paperColor()
{
    return QColor(QString::fromLatin1(kPaper));
}

BannerColours bannerColours(BannerTone tone, const QPalette &palette)
{
    const BannerRow &row = kBanners[int(tone)];
    return {pick(row.background, palette), pick(row.border, palette), pick(row.text, palette)};
}

QString bannerStyleSheet(const QString &selector, BannerTone tone, const QPalette &palette)
{
    const BannerColours c = bannerColours(tone, palette);
    return QStringLiteral("%1 { background: %2; border: 1px solid %3; color: %4; } %1 QLabel { color: %4; }")
        .arg(selector, c.background.name(), c.border.name(), c.text.name());
}

} // namespace ik::ui
