#include "ui/pages/checklisteditor.h"

#include "ui/pages/phasenames.h"
#include "ui/records/recordmodel.h"
#include "ui/records/tableeditor.h"
#include "core/store/unitfile.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace ik::ui {

ChecklistEditor::ChecklistEditor(const EditContext &context, const QString &phase, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    const QString title = uiLanguage() == QLatin1String("nb") ? QStringLiteral("title_nb")
                                                              : QStringLiteral("title_en");
    m_editor = new TableEditor(context, QStringLiteral("checklist_item"), this);
    m_editor->setObjectName(QStringLiteral("checklist"));
    m_editor->setCanAdd(false);
    m_editor->model()->setMatch(QStringLiteral("phase"), phase);
    m_editor->setColumns({title, QStringLiteral("status"), QStringLiteral("responsible_id"),
                          QStringLiteral("due_date"), QStringLiteral("completed_on"),
                          QStringLiteral("note"), QStringLiteral("evidence_ref"),
                          QStringLiteral("requirements")});
    m_editor->model()->setReadOnlyColumns({title, QStringLiteral("requirements")});
    m_editor->model()->setHeaderLabel(title, tr("Checklist item"));

    m_guidance = new QLabel(this);
    m_guidance->setObjectName(QStringLiteral("itemGuidance"));
    m_guidance->setTextFormat(Qt::PlainText);
    m_guidance->setWordWrap(true);
    m_guidance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_guidance->setText(tr("Select a checklist item to see its guidance."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_guidance);
    connect(m_editor, &TableEditor::currentChanged, this, &ChecklistEditor::showGuidance);
}

void ChecklistEditor::showGuidance(const QString &id)
{
    const std::optional<Record> item = m_context.file->record(QStringLiteral("checklist_item"), id);
    if (!item) {
        m_guidance->setText(tr("Select a checklist item to see its guidance."));
        return;
    }
    const bool nb = uiLanguage() == QLatin1String("nb");
    const QString text = item->value(nb ? QStringLiteral("guidance_nb") : QStringLiteral("guidance_en")).toString();
    m_guidance->setText(tr("Guidance (%1): %2")
                            .arg(item->value(QStringLiteral("requirements")).toString(), text));
}

QStringList ChecklistEditor::requirementIds() const
{
    QList<Record> items;
    const RecordModel *model = m_editor->model();
    for (int row = 0; row < model->rowCount(); ++row)
        items << model->record(row);
    return requirementIdsOf(items);
}

QStringList requirementIdsOf(const QList<Record> &checklistItems)
{
    static const QRegularExpression separators(QStringLiteral("[,; ]+"));
    QStringList ids;
    for (const Record &item : checklistItems)
        for (const QString &id : item.value(QStringLiteral("requirements")).toString().split(separators, Qt::SkipEmptyParts))
            if (!ids.contains(id))
                ids << id;
    return ids;
}

} // namespace ik::ui
