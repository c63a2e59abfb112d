#pragma once

#include "ui/records/editcontext.h"

#include <QList>
#include <QWidget>

class QFormLayout;
class QItemSelectionModel;
class QLabel;
class QModelIndex;
class QScrollArea;
class QVBoxLayout;
class QVariant;

namespace ik {
struct ColumnDef;
}

namespace ik::ui {

class RecordFilterProxy;
class RecordModel;

// The form beside a register's table: every field of the current row with its label and the
// editor its kind calls for (several lines for long text, a date that can be empty, a list for a
// choice, a picker with search for a person or a record, a check box, a number), and the records
// linked to it, each a link that goes there. An edit goes through the table's model (setData),
// so it is one undo step with the same checks and the same refusal message as in a cell; the form
// follows the model, so undo, redo and changes made elsewhere show at once. While the file or
// the year cannot be written the form only shows.
class RecordForm : public QWidget
{
    Q_OBJECT
public:
    RecordForm(const EditContext &context, RecordFilterProxy *proxy, QItemSelectionModel *selection,
               QWidget *parent = nullptr);

    // The editor of a model column's field (for tests and the focus chain); null if none.
    QWidget *fieldEditor(const QString &column) const;

Q_SIGNALS:
    // A link in the form was followed: show that record.
    void linkActivated(const QString &table, const QString &id);

private:
    struct Field
    {
        int column = -1;
        QString name;
        const ColumnDef *def = nullptr; // null for a computed column
        QLabel *label = nullptr;
        QWidget *editor = nullptr;
        QWidget *open = nullptr;        // "go to" beside a reference
    };

    void rebuild();
    QWidget *makeEditor(Field &field, QWidget *parent);
    QWidget *makeReferencePicker(const Field &field, QWidget *parent);
    void scheduleLoad();
    void load();
    void loadField(Field &field, const QModelIndex &index);
    void loadLinks(const QString &id);
    void loadComments(const QString &id);
    QModelIndex currentIndex(int column) const;
    void commit(int column, const QVariant &value, int role);
    bool columnsChanged() const;
    void onFileChanged(const QString &table);
    void followLink(const QString &link);

    EditContext m_context;
    RecordFilterProxy *m_proxy;
    RecordModel *m_model;
    QItemSelectionModel *m_selection;
    QLabel *m_title;
    QLabel *m_placeholder;
    QScrollArea *m_scroll;
    QVBoxLayout *m_content; // title, placeholder, then the fields
    QWidget *m_body = nullptr;
    QFormLayout *m_layout = nullptr;
    QLabel *m_links = nullptr;
    QLabel *m_comments = nullptr;
    QList<Field> m_fields;
    QStringList m_referencedTables; // a change there renews the pickers
    bool m_loading = false;
    bool m_loadPending = false;
    bool m_pickersStale = false;
};

} // namespace ik::ui
