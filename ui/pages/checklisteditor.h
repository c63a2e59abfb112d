#pragma once

#include "ui/records/editcontext.h"
#include "core/store/unitfile.h"

#include <QWidget>

class QLabel;

namespace ik::ui {

class TableEditor;

// A phase's checklist items for the year (status, responsible, due date, note, evidence) with
// the guidance of the selected item below them.
class ChecklistEditor : public QWidget
{
    Q_OBJECT
public:
    ChecklistEditor(const EditContext &context, const QString &phase, QWidget *parent = nullptr);

    TableEditor *editor() const { return m_editor; }
    // The guideline requirement IDs the phase's items cover, in order of appearance.
    QStringList requirementIds() const;

private:
    void showGuidance(const QString &id);

    EditContext m_context;
    TableEditor *m_editor;
    QLabel *m_guidance;
};

// The distinct requirement IDs (e.g. "IG-1") that checklist items name, in order of appearance.
QStringList requirementIdsOf(const QList<Record> &checklistItems);

} // namespace ik::ui
