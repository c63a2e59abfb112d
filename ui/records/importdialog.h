#pragma once

#include "core/exchange/sheet.h"
#include "core/exchange/sheetimport.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QUndoStack;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace ik {
class UnitFile;
struct TableDef;
} // namespace ik

namespace ik::ui {

// File → Import for a spreadsheet (XLSX or CSV): shows the sheet's first rows, with a field
// chosen above each column — guessed from the headers (sheetimport.h), or the mapping the user
// chose for the same headers last time — which the user can correct; and what the import would
// do ("3 new, 2 changed (Deadline), …", the rows it refuses and why), recomputed as the mapping
// changes. Nothing is written here: the caller applies plan() (importPlanAsOneStep) when the
// dialog is accepted, and the mapping is remembered per source then.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // `data`: the file's bytes; `preferredSheet`: the sheet names to start on (a year's workbook
    // names its sheets after the registers).
    ImportDialog(const UnitFile &file, const QString &table, const QByteArray &data,
                 std::optional<int> year, QWidget *parent = nullptr);

    // Whether the file could be read at all; otherwise error() says why and the dialog is not
    // worth showing.
    bool isValid() const { return m_sheet.has_value(); }
    QString error() const { return m_error; }
    // The plan for the mapping chosen; with "leave out refused rows" unticked, a plan with refused
    // rows is never accepted.
    const std::optional<ImportPlan> &plan() const { return m_plan; }
    QStringList mapping() const;
    // Saves the mapping for this source (QSettings), for the next import of the same headers.
    void rememberMapping() const;

    // For tests: the field combo box above a column.
    QComboBox *fieldChooser(int column) const;
    QComboBox *sheetChooser() const { return m_sheets; }

private:
    void loadSheet(const QString &name);
    void fillPreview(const QStringList &guessed);
    void replan();

    const UnitFile &m_file;
    const TableDef *m_def;
    QByteArray m_data;
    std::optional<int> m_year;
    std::optional<Sheet> m_sheet;
    std::optional<ImportPlan> m_plan;
    QString m_error;
    QComboBox *m_sheets;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QPlainTextEdit *m_refused;
    QCheckBox *m_skipRefused;
    QDialogButtonBox *m_buttons;
};

// An import from a spreadsheet into `table` as File → Import and the pages' import buttons take
// it: an XLSX or CSV file chosen, its columns mapped in the dialog (the mapping remembered), the
// plan written as one undo step (importPlanAsOneStep). Nothing when nothing was imported: the
// user cancelled (`error` empty) or it failed (`error` says why).
struct SpreadsheetImport
{
    ImportResult result;
    qsizetype updated = 0;
};
std::optional<SpreadsheetImport> importSpreadsheet(UnitFile &file, QUndoStack &undo, const QString &table,
                                                   std::optional<int> year, const QString &title,
                                                   QWidget *parent, QString *error);

} // namespace ik::ui
