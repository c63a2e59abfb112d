#pragma once

#include <QDateEdit>

namespace ik::ui {

// A date editor that can hold "no date": empty shows as blank, Delete or Backspace with the
// whole date selected empties it, and the calendar of an empty date opens on today's month. The record delegate writes a date only when the user
// changed it, so tabbing through an empty cell leaves it empty.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    // Unset: empty.
    void setOptionalDate(const QDate &date);
    QDate optionalDate() const; // invalid when empty
    bool isEmpty() const { return date() == minimumDate(); }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
};

} // namespace ik::ui
