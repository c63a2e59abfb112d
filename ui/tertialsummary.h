#pragma once

#include "editcontext.h"

#include <QWidget>

class QTableWidget;

namespace ik::ui {

// The year's deviations counted per category and tertial (Jan–Apr, May–Aug, Sep–Dec), as they are
// presented to AMU and the board each tertial. Read-only; follows the file.
class TertialSummary : public QWidget
{
    Q_OBJECT
public:
    TertialSummary(const EditContext &context, QWidget *parent = nullptr);

    // Count in a cell: row = category index (last row: all), column 0–2 tertials, 3 total, 4 open.
    int count(int row, int column) const;

public Q_SLOTS:
    void refresh();

private:
    EditContext m_context;
    QTableWidget *m_table;
};

} // namespace ik::ui
