#include "ui/pages/phasepage.h"

#include "ui/pages/checklisteditor.h"
#include "ui/records/fieldlabels.h"
#include "ui/pages/phasenames.h"
#include "core/store/schema.h"
#include "ui/records/tableeditor.h"

#include <QGroupBox>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ik::ui {

PhasePage::PhasePage(const EditContext &context, const QString &phase, QWidget *parent)
    : QWidget(parent), m_context(context), m_phase(phase)
{
    setObjectName(QStringLiteral("page_") + phase);
    auto *title = new QLabel(pageTitle(phase), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    title->setTextFormat(Qt::PlainText);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    auto *guidance = new QLabel(pageGuidance(phase), this);
    guidance->setObjectName(QStringLiteral("pageGuidance"));
    guidance->setTextFormat(Qt::PlainText);
    guidance->setWordWrap(true);

    auto *checkGroup = new QGroupBox(tr("Checklist"), this);
    m_checklist = new ChecklistEditor(context, phase, checkGroup);
    auto *checkLayout = new QVBoxLayout(checkGroup);
    checkLayout->addWidget(m_checklist);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_tabs->setDocumentMode(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(checkGroup);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({330, 470});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(guidance);
    layout->addWidget(splitter, 1);
}

TableEditor *PhasePage::addTable(const QString &table, const QString &label)
{
    auto *editor = new TableEditor(m_context, table, m_tabs);
    addTab(editor, label.isEmpty() ? tableLabel(*schema::table(table)) : label);
    return editor;
}

void PhasePage::addTab(QWidget *widget, const QString &label)
{
    m_tabs->addTab(widget, label);
}

void PhasePage::showTabOf(const QWidget *widget)
{
    for (int i = 0; widget && i < m_tabs->count(); ++i)
        if (m_tabs->widget(i) == widget || m_tabs->widget(i)->isAncestorOf(widget))
            m_tabs->setCurrentIndex(i);
}

TableEditor *PhasePage::editor(const QString &table) const
{
    return findChild<TableEditor *>(QStringLiteral("editor_") + table);
}

} // namespace ik::ui
