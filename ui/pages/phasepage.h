#pragma once

#include "ui/records/editcontext.h"

#include <QWidget>

class QTabWidget;

namespace ik::ui {

class ChecklistEditor;
class TableEditor;

// One phase of the guideline as a page: its name and guidance, its checklist items, and below
// them the editors of the phase's records, one tab each.
class PhasePage : public QWidget
{
    Q_OBJECT
public:
    PhasePage(const EditContext &context, const QString &phase, QWidget *parent = nullptr);

    QString phase() const { return m_phase; }
    const EditContext &context() const { return m_context; }
    ChecklistEditor *checklist() const { return m_checklist; }
    QTabWidget *tabs() const { return m_tabs; }
    // Shows the tab that holds `widget` (nothing if no tab does).
    void showTabOf(const QWidget *widget);

    // Adds a tab with an editor of `table` (labelled with the table's name unless `label` is set).
    TableEditor *addTable(const QString &table, const QString &label = {});
    void addTab(QWidget *widget, const QString &label);
    // The editor of a table on this page (the first, if there are several).
    TableEditor *editor(const QString &table) const;

private:
    EditContext m_context;
    QString m_phase;
    ChecklistEditor *m_checklist;
    QTabWidget *m_tabs;
};

} // namespace ik::ui
