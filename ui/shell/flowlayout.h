#pragma once

#include <QLayout>
#include <QList>

#include <initializer_list>

namespace ik::ui {

// Lays its widgets out left to right and starts a new line where the next one would not fit, so
// a row of buttons and filters never makes its window wider than the screen: it needs only the
// width of its widest widget, and as many lines as the width it gets calls for.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;
    Q_DISABLE_COPY_MOVE(FlowLayout)

    // Puts `widget` at `index` (0 = first); a negative index appends.
    void insertWidget(int index, QWidget *widget);

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const; // the height the items take in rect
    int gap(Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
};

// `widgets` side by side in one widget of `parent`, so that a FlowLayout keeps them on one line
// (a label with its field, a from–to pair).
QWidget *widgetRow(QWidget *parent, std::initializer_list<QWidget *> widgets);

} // namespace ik::ui
