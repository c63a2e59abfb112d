#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace ik {
class UnitFile;
}

namespace ik::ui {

class UnitView;

// Edit → Find in Year: a search field and, as one types (after a short pause), the records of the
// review year that hold the text, in every register (core/review/yearsearch.h): the register, the
// record, the field and the text around the match. Enter or a double click goes to the record
// (recordActivated); the window stays open for the next match.
class FindInYearDialog : public QDialog
{
    Q_OBJECT
public:
    // What each match's first column carries besides its text.
    enum Roles { TableRole = Qt::UserRole + 1, IdRole };

    FindInYearDialog(const UnitFile &file, int year, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTreeWidget *results() const { return m_results; }
    // Searches again now (another year, or the file changed under the list).
    void setYear(int year);
    void search();
    // A line under the matches (how many, or why a match could not be shown).
    void showStatus(const QString &text);

Q_SIGNALS:
    void recordActivated(const QString &table, const QString &id);

protected:
    // Up and Down in the search field move through the matches.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(QTreeWidgetItem *item);

    const UnitFile &m_file;
    int m_year;
    QLineEdit *m_search;
    QTreeWidget *m_results;
    QLabel *m_status;
    QTimer *m_pause;
};

// Shows the view's Find in Year window (made the first time, then brought back with its text),
// which goes to the records in `view` and follows its year.
FindInYearDialog *showFindInYear(UnitView *view);

} // namespace ik::ui
