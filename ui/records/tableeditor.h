#pragma once

#include "ui/records/editcontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ik::ui {

class ColumnLayout;
class FlowLayout;
class RecordForm;
class RecordModel;
class RecordFilterProxy;

// One table of a unit file for editing: a title, Add and Delete, optional filters, the table
// view with the record delegate, and a line that shows why an edit was refused. Every page of
// the program is built from these. While the review year of its rows is locked it takes no
// edits (no cell editor opens, Add and Delete are off), and it takes them again as soon as the
// year is unlocked.
class TableEditor : public QWidget
{
    Q_OBJECT
public:
    TableEditor(const EditContext &context, const QString &table, QWidget *parent = nullptr);

    RecordModel *model() const { return m_model; }
    RecordFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    // The form of the current row, beside or below the table.
    RecordForm *form() const { return m_form; }

    void setColumns(const QStringList &columns);
    void setCanAdd(bool canAdd);
    // A combo box above the table that keeps the rows with one value of a choice/reference column.
    void addFilter(const QString &column);
    void addTertialFilter(const QString &dateColumn);
    // A button that adds one row for each choice of `column` the table lacks (report sections,
    // review criteria), as one undoable step.
    void addCompletionButton(const QString &column, const QString &text);
    // A button in the row under the table for work that writes to the file (an import, an action
    // made from the current row): enabled only while the table takes edits, so neither a
    // read-only file nor a locked year offers what core would refuse.
    // A button that writes: disabled while the file or year cannot be written, and with
    // `needsCurrentRow` also while no row is selected (it acts on the selected one).
    QPushButton *addWritingButton(const QString &text, const QString &objectName, bool needsCurrentRow = false);

    // Makes the first row current (so that editors following this one show its rows).
    void selectFirstRow();
    // Makes the record current and shows it, reading further pages of the register if need be;
    // false if the view does not hold it (another year, a filter).
    bool selectRecord(const QString &id);
    // The row under the cursor, as a record id (empty when none).
    QString currentId() const;

public Q_SLOTS:
    // Adds a row and opens the editor on its naming column.
    void addRecord();
    // Deletes the current row; asks first when linked rows go with it.
    void removeCurrent();
    void showError(const QString &message);

Q_SIGNALS:
    void currentChanged(const QString &id);
    // A link in the form was followed: the window shows that record (UnitView::revealRecord).
    void recordLinkActivated(const QString &table, const QString &id);

protected:
    // Delete or Backspace on a cell (not being edited) empties it.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void updateYearLock();
    bool isYearLocked() const;
    void fitColumns();

    EditContext m_context;
    RecordModel *m_model;
    RecordFilterProxy *m_proxy;
    QTableView *m_view;
    RecordForm *m_form;
    ColumnLayout *m_columns;
    // Buttons first, then the filters; it wraps rather than widen the window.
    FlowLayout *m_bar;
    int m_buttonCount = 0;
    void addFilter(QLabel *label, QComboBox *combo);
    QPushButton *m_add;
    QPushButton *m_remove;
    QString m_currentBeforeReset;
    QList<QPushButton *> m_writingButtons;
    QList<QPushButton *> m_rowButtons; // of those, the ones that act on the selected row
    QLabel *m_error;
    QLineEdit *m_find; // Ctrl+F: shows only the rows with what is typed
    bool m_canAdd = true;
    bool m_fitted = false;
};

} // namespace ik::ui
