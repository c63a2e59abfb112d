#include "ui/sharing/mergedialog.h"

#include "ui/pages/phasenames.h"
#include "ui/shell/messages.h"
#include "ui/records/fieldlabels.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ik::ui {

namespace {

QString kindOf(const QString &table)
{
    const TableDef *def = schema::table(table);
    return def ? singularLabel(*def) : table;
}

QString shown(const QString &table, const QString &column, const QVariant &value)
{
    const TableDef *def = schema::table(table);
    const ColumnDef *c = def ? def->column(column) : nullptr;
    if (value.isNull() || value.toString().isEmpty())
        return MergeDialog::tr("(empty)");
    if (c && c->isChoice())
        return choiceText(*c, value);
    return value.toString().simplified().left(120);
}

QString field(const QString &table, const QString &column)
{
    const TableDef *def = schema::table(table);
    return def ? fieldLabel(*def, column) : column;
}

} // namespace

MergeDialog::MergeDialog(const EditContext &context, const QString &otherPath, QWidget *parent)
    : QDialog(parent), m_context(context), m_otherPath(otherPath)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge changes from %1").arg(QFileInfo(otherPath).fileName()));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_changes = new QTreeWidget(this);
    m_changes->setObjectName(QStringLiteral("mergeChanges"));
    m_changes->setRootIsDecorated(false);
    m_changes->setHeaderLabels({tr("Change"), tr("Record"), tr("Details")});
    m_changes->setColumnWidth(0, 110);
    m_changes->setColumnWidth(1, 260);
    m_conflicts = new QTreeWidget(this);
    m_conflicts->setObjectName(QStringLiteral("mergeConflicts"));
    m_conflicts->setRootIsDecorated(false);
    m_conflicts->setHeaderLabels({tr("Conflict"), tr("Mine"), tr("Theirs"), tr("Keep")});
    m_conflicts->setColumnWidth(0, 260);
    m_conflicts->setColumnWidth(1, 150);
    m_conflicts->setColumnWidth(2, 150);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Merge"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("mergeButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MergeDialog::reject);
    auto *conflictsLabel = new QLabel(tr("Changed differently in both copies – choose which to keep:"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_changes, 2);
    layout->addWidget(conflictsLabel);
    layout->addWidget(m_conflicts, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(860, 560);

    FileCheck check;
    const std::unique_ptr<UnitFile> other = UnitFile::open(otherPath, UnitFile::Mode::ReadOnly, &check);
    QString error;
    if (!other) {
        error = check.message;
    } else if (QFileInfo(otherPath).canonicalFilePath() == QFileInfo(context.file->path()).canonicalFilePath()) {
        error = tr("That is the open file itself.");
    } else if (planMerge(*context.file, *other, &m_plan, &error)) {
        m_valid = true;
    }
    if (!m_valid) {
        m_summary->setText(tr("“%1” cannot be merged: %2").arg(QDir::toNativeSeparators(otherPath), error));
        m_changes->hide();
        m_conflicts->hide();
        conflictsLabel->hide();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    const UnitFile &mine = *context.file;
    // One count per phrase, so that each takes its own singular or plural.
    const QStringList counts{tr("%n new record(s)", "", int(m_plan.inserts.size())),
                             tr("%n changed field(s)", "", int(m_plan.updates.size())),
                             tr("%n deletion(s)", "", int(m_plan.deletes.size())),
                             tr("%n conflict(s)", "", int(m_plan.conflicts.size()))};
    m_summary->setText(tr("From “%1”: %2.").arg(QDir::toNativeSeparators(otherPath), counts.join(QStringLiteral(", "))));
    for (const auto &[table, row] : std::as_const(m_plan.inserts)) {
        const TableDef *def = schema::table(table);
        const QString name = def ? row.value(def->displayColumn).toString() : QString();
        new QTreeWidgetItem(m_changes, {tr("New"), tr("%1 “%2”").arg(kindOf(table), name.simplified().left(60)), QString()});
    }
    for (const auto &[table, id, column, value] : std::as_const(m_plan.updates))
        new QTreeWidgetItem(m_changes, {tr("Changed"),
                                        tr("%1 “%2”").arg(kindOf(table), mine.displayName(table, id, uiLanguage()).simplified().left(60)),
                                        QStringLiteral("%1 → %2").arg(field(table, column), shown(table, column, value))});
    for (const auto &[table, id] : std::as_const(m_plan.deletes))
        new QTreeWidgetItem(m_changes, {tr("Deleted"),
                                        tr("%1 “%2”").arg(kindOf(table), mine.displayName(table, id, uiLanguage()).simplified().left(60)),
                                        QString()});
    for (int i = 0; i < m_plan.conflicts.size(); ++i) {
        const MergeConflict &c = m_plan.conflicts.at(i);
        QString what = tr("%1 “%2”").arg(kindOf(c.table), c.label.simplified().left(60));
        QString mineText, theirsText;
        switch (c.kind) {
        case MergeConflict::Kind::BothEdited:
            what += QStringLiteral(": ") + field(c.table, c.column);
            mineText = shown(c.table, c.column, c.mine);
            theirsText = shown(c.table, c.column, c.theirs);
            break;
        case MergeConflict::Kind::EditedHereDeletedThere:
            mineText = tr("edited");
            theirsText = tr("deleted");
            break;
        case MergeConflict::Kind::DeletedHereEditedThere:
            mineText = tr("deleted");
            theirsText = tr("edited");
            break;
        }
        auto *item = new QTreeWidgetItem(m_conflicts, {what, mineText, theirsText, QString()});
        item->setToolTip(1, plainToolTip(mineText));
        item->setToolTip(2, plainToolTip(theirsText));
        auto *choice = new QComboBox(m_conflicts);
        choice->addItem(tr("Keep mine"), int(ConflictChoice::Mine));
        choice->addItem(tr("Take theirs"), int(ConflictChoice::Theirs));
        choice->addItem(tr("Leave out"), int(ConflictChoice::Skip));
        m_conflicts->setItemWidget(item, 3, choice);
    }
    if (m_plan.conflicts.isEmpty()) {
        m_conflicts->hide();
        conflictsLabel->hide();
    }
    if (m_plan.isEmpty()) {
        m_message->setText(tr("The copy holds nothing that this file lacks."));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    } else {
        m_message->setText(tr("A merge cannot be undone. Before merging, a copy of this file is saved beside it."));
    }
}

QString MergeDialog::message() const
{
    return m_summary->text() + QLatin1Char('\n') + m_message->text();
}

void MergeDialog::setChoice(int conflict, ConflictChoice choice)
{
    if (auto *combo = qobject_cast<QComboBox *>(m_conflicts->itemWidget(m_conflicts->topLevelItem(conflict), 3)))
        combo->setCurrentIndex(combo->findData(int(choice)));
}

void MergeDialog::accept()
{
    if (m_merged || !m_valid) {
        QDialog::accept();
        return;
    }
    QList<ConflictChoice> choices;
    for (int i = 0; i < m_conflicts->topLevelItemCount(); ++i) {
        const auto *combo = qobject_cast<QComboBox *>(m_conflicts->itemWidget(m_conflicts->topLevelItem(i), 3));
        choices << ConflictChoice(combo ? combo->currentData().toInt() : int(ConflictChoice::Skip));
    }
    UnitFile &file = *m_context.file;
    const QFileInfo info(file.path());
    m_backup = info.dir().filePath(tr("%1 (before merge %2).db")
                                       .arg(info.completeBaseName(),
                                            QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HHmmss"))));
    QString error;
    if (!file.saveCopy(m_backup, &error)) {
        m_message->setText(tr("Nothing was merged: the backup copy could not be saved: %1").arg(error));
        m_backup.clear();
        return;
    }
    MergeSummary summary;
    if (!applyMerge(file, m_plan, choices, &summary, &error)) {
        m_message->setText(tr("Nothing was merged: %1").arg(error));
        return;
    }
    m_merged = true;
    m_context.undo->clear(); // the merge rewrote records the stack's commands refer to
    m_message->setText(tr("Merged: %1 added, %2 changed, %3 deleted; conflicts: %4 took theirs, %5 kept mine, "
                          "%6 left out. This cannot be undone; the file as it was is saved as\n%7")
                           .arg(summary.inserted)
                           .arg(summary.updated)
                           .arg(summary.deleted)
                           .arg(summary.conflictsTheirs)
                           .arg(summary.conflictsMine)
                           .arg(summary.conflictsSkipped)
                           .arg(QDir::toNativeSeparators(m_backup)));
    m_conflicts->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Close"));
}

} // namespace ik::ui
