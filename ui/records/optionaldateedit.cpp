#include "ui/records/optionaldateedit.h"

#include "ui/records/dateformat.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>

namespace ik::ui {

namespace {
// One day before the earliest date the file accepts: QDateEdit shows its special value text
// (blank) at its minimum, which stands for "no date".
const QDate kEmpty(1989, 12, 31);
} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(dateDisplayFormat());
    setMinimumDate(kEmpty);
    setMaximumDate(QDate(2200, 12, 31));
    setSpecialValueText(QStringLiteral(" "));
    setDate(kEmpty);
}

void OptionalDateEdit::setOptionalDate(const QDate &date)
{
    setDate(date.isValid() ? date : kEmpty);
}

QDate OptionalDateEdit::optionalDate() const
{
    return isEmpty() ? QDate() : date();
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    const bool clearKey = event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace;
    if (clearKey && (isEmpty() || lineEdit()->selectedText() == lineEdit()->text())) {
        setDate(kEmpty);
        event->accept();
        return;
    }
    // Typing into an empty date starts from today rather than from the sentinel.
    if (isEmpty() && !event->text().isEmpty() && event->text().at(0).isDigit())
        setDate(QDate::currentDate());
    QDateEdit::keyPressEvent(event);
}

void OptionalDateEdit::mousePressEvent(QMouseEvent *event)
{
    QDateEdit::mousePressEvent(event);
    if (isEmpty() && calendarWidget())
        calendarWidget()->setCurrentPage(QDate::currentDate().year(), QDate::currentDate().month());
}

} // namespace ik::ui
