#pragma once

#include "ui/records/editcontext.h"

#include <QObject>

class QComboBox;
class QToolBar;
class QWidget;

namespace ik::ui {

enum class ReportFormat { Pdf, Docx };

// Export PDF… / Export Word…: asks where (in the folder a report was last written to), writes
// the annual report of the context's year in `language` with a cancellable progress dialog, and
// offers to open it. The File menu's "Export Report as Word…" and the Report page share it.
void exportReport(QWidget *parent, const EditContext &context, const QString &language, ReportFormat format);

// Preview, Print…, Export PDF… and Export Word… of the annual report (ik::ReportRenderer,
// ik::writeReportDocx), on the Report page's "reportActions" tool bar, with the report's
// language (nb/en) chosen beside them.
class ReportActions : public QObject
{
    Q_OBJECT
public:
    ReportActions(const EditContext &context, QToolBar *toolBar);

    QString language() const;

public Q_SLOTS:
    void preview();
    void print();
    void exportPdf();
    void exportDocx();

private:
    QWidget *parentWidget() const;

    EditContext m_context;
    QToolBar *m_toolBar;
    QComboBox *m_language;
};

} // namespace ik::ui
