#include "ui/pages/competencegaps.h"

#include "ui/records/dateformat.h"
#include "core/review/competence.h"
#include "ui/records/fieldlabels.h"
#include "ui/shell/refreshtimer.h"

#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ik::ui {

CompetenceGaps::CompetenceGaps(const EditContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("competenceGaps"));
    m_tree = new QTreeWidget(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Role"), tr("Person"), tr("Required course"), tr("Status")});
    m_tree->setAccessibleName(tr("Competence gaps per role"));
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    refreshOnChange(context.file, this, &CompetenceGaps::refresh,
                    {QStringLiteral("role_assignment"), QStringLiteral("training_record"),
                     QStringLiteral("competence_requirement"), QStringLiteral("person")});
    refresh();
}

int CompetenceGaps::gapCount() const { return m_tree->topLevelItemCount(); }

void CompetenceGaps::refresh()
{
    const UnitFile &file = *m_context.file;
    const QList<CompetenceLine> lines = competenceLines(file, m_context.year, QDate::currentDate());
    m_tree->clear();
    for (const CompetenceLine &line : lines) {
        if (!line.gap)
            continue;
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, choiceLabel(QStringLiteral("role"), line.role));
        item->setText(1, line.person);
        item->setText(2, line.course);
        item->setText(3, line.completedOn.isValid() ? tr("Expired %1").arg(displayDate(line.validUntil))
                                                    : tr("Missing"));
    }
    m_summary->setText(tr("%1 of %2 required courses for people in HSE roles are missing or expired.")
                           .arg(m_tree->topLevelItemCount())
                           .arg(lines.size()));
}

} // namespace ik::ui
