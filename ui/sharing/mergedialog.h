#pragma once

#include "ui/records/editcontext.h"
#include "core/sharing/merge.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace ik::ui {

// Merges the changes of a returned copy (ik::planMerge / ik::applyMerge): what would come in, each
// conflict with a choice (keep mine / take theirs / leave out), then all in one transaction. A
// merge cannot be undone through the undo stack, so a backup copy is saved beside the file first
// (UnitFile::saveCopy) and the dialog says where.
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    MergeDialog(const EditContext &context, const QString &otherPath, QWidget *parent = nullptr);

    // False when the other file could not be opened or is not a copy (message() says why).
    bool isValid() const { return m_valid; }
    QString message() const;
    const MergePlan &plan() const { return m_plan; }
    QTreeWidget *conflicts() const { return m_conflicts; }
    void setChoice(int conflict, ConflictChoice choice);
    QString backupPath() const { return m_backup; }
    bool merged() const { return m_merged; }

public Q_SLOTS:
    void accept() override;

private:
    EditContext m_context;
    QString m_otherPath;
    MergePlan m_plan;
    bool m_valid = false;
    bool m_merged = false;
    QString m_backup;
    QLabel *m_summary;
    QTreeWidget *m_changes;
    QTreeWidget *m_conflicts;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace ik::ui
