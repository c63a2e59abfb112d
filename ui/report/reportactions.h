#pragma once

#include "ui/records/editcontext.h"

#include <QObject>

class QComboBox;
class QToolBar;
class QWidget;

namespace ik::ui {

// Preview, Print… and Export PDF… of the annual report (ik::ReportRenderer), on the Report page's
// "reportActions" tool bar, with the report's language (nb/en) chosen beside them.
class ReportActions : public QObject
{
    Q_OBJECT
public:
    ReportActions(const EditContext &context, QToolBar *toolBar);

    QString language() const;
    // Writes the PDF with a cancellable progress dialog; returns false with a message on failure
    // or cancel.
    bool writePdf(const QString &path, QString *error);

public Q_SLOTS:
    void preview();
    void print();
    void exportPdf();

private:
    QWidget *parentWidget() const;

    EditContext m_context;
    QToolBar *m_toolBar;
    QComboBox *m_language;
};

} // namespace ik::ui
