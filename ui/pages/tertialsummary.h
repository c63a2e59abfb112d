#pragma once

#include "ui/records/editcontext.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace ik::ui {

// The year's deviations counted per category and tertial (Jan–Apr, May–Aug, Sep–Dec), as they are
// presented to AMU and the board each tertial, and the tertial report (FO-2) for them as PDF or
// CSV. Read-only; follows the file.
class TertialSummary : public QWidget
{
    Q_OBJECT
public:
    TertialSummary(const EditContext &context, QWidget *parent = nullptr);

    // Count in a cell: row = category index (last row: all), column 0–2 tertials, 3 total, 4 open.
    int count(int row, int column) const;

    // The tertial chosen for the report (1–3).
    int reportTertial() const;
    void setReportTertial(int tertial);
    // Writes the chosen tertial's report to `path` (CSV when it ends in .csv, else PDF).
    bool writeReport(const QString &path, QString *error) const;

public Q_SLOTS:
    void refresh();
    // Asks where, writes the report, and offers to open it.
    void exportReport();

private:
    EditContext m_context;
    QTableWidget *m_table;
    QComboBox *m_tertial;
};

} // namespace ik::ui
