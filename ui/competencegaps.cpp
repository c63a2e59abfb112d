#include "competencegaps.h"

#include "fieldformat.h"
#include "refreshtimer.h"

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
    RecordFilter thisYear;
    thisYear.year = m_context.year;
    const QList<Record> roles = file.records(QStringLiteral("role_assignment"), thisYear);
    const QList<Record> training = file.records(QStringLiteral("training_record"));
    const QDate today = QDate::currentDate();
    m_tree->clear();
    int checked = 0;
    for (const Record &req : file.records(QStringLiteral("competence_requirement"))) {
        const QString role = req.value(QStringLiteral("role")).toString();
        const QString course = req.value(QStringLiteral("course")).toString().trimmed();
        for (const Record &assignment : roles) {
            if (assignment.value(QStringLiteral("role")).toString() != role)
                continue;
            ++checked;
            const QString person = assignment.value(QStringLiteral("person_id")).toString();
            QString status = tr("Missing");
            for (const Record &t : training) {
                if (t.value(QStringLiteral("person_id")).toString() != person
                    || t.value(QStringLiteral("course")).toString().trimmed().compare(course, Qt::CaseInsensitive) != 0)
                    continue;
                const QDate valid = QDate::fromString(t.value(QStringLiteral("valid_until")).toString(), Qt::ISODate);
                if (!valid.isValid() || valid >= today) {
                    status.clear();
                    break;
                }
                status = tr("Expired %1").arg(valid.toString(Qt::ISODate));
            }
            if (status.isEmpty())
                continue;
            auto *item = new QTreeWidgetItem(m_tree);
            item->setText(0, choiceLabel(QStringLiteral("role"), role));
            item->setText(1, file.displayName(QStringLiteral("person"), person));
            item->setText(2, course);
            item->setText(3, status);
        }
    }
    m_summary->setText(tr("%1 of %2 required courses for people in HSE roles are missing or expired.")
                           .arg(m_tree->topLevelItemCount())
                           .arg(checked));
}

} // namespace ik::ui
