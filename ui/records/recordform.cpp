#include "ui/records/recordform.h"

#include "ui/records/dateformat.h"
#include "ui/records/fieldlabels.h"
#include "ui/records/optionaldateedit.h"
#include "ui/records/recorddelegate.h"
#include "ui/records/recordfilterproxy.h"
#include "ui/records/recordmodel.h"
#include "ui/records/referencepicker.h"
#include "ui/shell/flowlayout.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ik::ui {

namespace {

// A link in rich text to a record; the name is user text, so it is escaped.
QString recordLink(const QString &table, const QString &id, const QString &name)
{
    return QStringLiteral("<a href=\"%1/%2\">%3</a>").arg(table, id, name.toHtmlEscaped());
}

// Commits a multi-line text when the editor loses focus, as a line edit does on editingFinished.
class FocusOutFilter : public QObject
{
public:
    FocusOutFilter(QObject *parent, std::function<void()> done) : QObject(parent), m_done(std::move(done)) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_done();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_done;
};

// A combo box as wide as the form gives it, not as its longest name: the form must fit beside
// the table, and a long action title would widen it past the window.
void narrowCombo(QComboBox *combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
}

bool isLinkColumn(const QString &table, const QString &column)
{
    return !schema::linkColumn(table, column).selector.isEmpty();
}

} // namespace

RecordForm::RecordForm(const EditContext &context, RecordFilterProxy *proxy, QItemSelectionModel *selection,
                       QWidget *parent)
    : QWidget(parent), m_context(context), m_proxy(proxy), m_model(qobject_cast<RecordModel *>(proxy->sourceModel())),
      m_selection(selection)
{
    Q_ASSERT(m_model);
    setObjectName(QStringLiteral("recordForm"));
    // Title, note and fields all scroll: the form needs no more height than the table beside it.
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields, which scroll into view
    auto *content = new QWidget(m_scroll);
    m_content = new QVBoxLayout(content);
    m_content->setContentsMargins(6, 0, 0, 0);
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("recordFormTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_placeholder = new QLabel(tr("Select a row to see all its fields here."), content);
    m_placeholder->setObjectName(QStringLiteral("recordFormPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_content->addWidget(m_title);
    m_content->addWidget(m_placeholder);
    m_content->addStretch(1);
    m_scroll->setWidget(content);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    rebuild();
    connect(m_selection, &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &now, const QModelIndex &before) {
        if (now.row() != before.row() || now.model() != before.model())
            load();
    });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = m_selection->currentIndex().row();
        if (row >= from.row() && row <= to.row())
            scheduleLoad();
    });
    // A reset may bring other columns (setColumns) and always another current row.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordForm::scheduleLoad);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RecordForm::scheduleLoad);
    // A refused edit leaves the file as it was: so is the form again (the table says why).
    connect(m_model, &RecordModel::editRefused, this, &RecordForm::scheduleLoad);
    // Locking a year, renaming a linked record, adding or removing a record that links here.
    connect(m_context.file, &UnitFile::recordUpdated, this, &RecordForm::onFileChanged);
    connect(m_context.file, &UnitFile::recordInserted, this, &RecordForm::onFileChanged);
    connect(m_context.file, &UnitFile::recordRemoved, this, &RecordForm::onFileChanged);
    connect(m_context.file, &UnitFile::dataReset, this, [this] {
        m_pickersStale = true;
        scheduleLoad();
    });
    load();
}

bool RecordForm::columnsChanged() const
{
    if (m_fields.size() != m_model->columnCount())
        return true;
    for (const Field &f : m_fields)
        if (f.name != m_model->columnName(f.column))
            return true;
    return false;
}

void RecordForm::onFileChanged(const QString &table)
{
    if (m_referencedTables.contains(table))
        m_pickersStale = true;
    if (!m_selection->currentIndex().isValid())
        return;
    scheduleLoad(); // cheap: one row's fields and its links
}

void RecordForm::rebuild()
{
    const QScopedValueRollback<bool> loading(m_loading, true); // the old editors lose focus: no commit
    delete m_body;
    m_fields.clear();
    m_referencedTables.clear();
    m_body = new QWidget;
    m_content->insertWidget(2, m_body);
    m_layout = new QFormLayout(m_body);
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignLeft);
    const TableDef &table = m_model->table();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        Field field;
        field.column = c;
        field.name = m_model->columnName(c);
        field.def = table.column(field.name);
        field.label = new QLabel(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() + QLatin1Char(':'), m_body);
        field.label->setTextFormat(Qt::PlainText);
        field.label->setWordWrap(true);
        QWidget *editor = makeEditor(field, m_body);
        field.editor = editor;
        field.editor->setObjectName(QStringLiteral("field_") + field.name);
        field.editor->setAccessibleName(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        field.label->setBuddy(field.editor);
        QWidget *row = editor;
        if (field.def && field.def->type == ColumnType::Reference) {
            m_referencedTables << field.def->reference;
            auto *open = new QToolButton(m_body);
            open->setObjectName(QStringLiteral("open_") + field.name);
            open->setText(tr("Go to"));
            open->setToolTip(tr("Go to the linked %1").arg(inSentence(singularLabel(*schema::table(field.def->reference)))));
            open->setAccessibleName(open->toolTip());
            field.open = open;
            const QString target = field.def->reference;
            const int column = c;
            connect(open, &QToolButton::clicked, this, [this, target, column] {
                const QString id = currentIndex(column).data(RecordModel::RawRole).toString();
                if (!id.isEmpty())
                    Q_EMIT linkActivated(target, id);
            });
            row = new QWidget(m_body);
            auto *line = new QHBoxLayout(row);
            line->setContentsMargins(0, 0, 0, 0);
            line->addWidget(editor, 1);
            line->addWidget(open);
        }
        m_layout->addRow(field.label, row);
        m_fields << field;
    }
    m_links = new QLabel(m_body);
    m_links->setObjectName(QStringLiteral("recordLinks"));
    m_links->setTextFormat(Qt::RichText);
    m_links->setWordWrap(true);
    m_links->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_links, &QLabel::linkActivated, this, &RecordForm::followLink);
    m_layout->addRow(m_links);
    m_comments = new QLabel(m_body);
    m_comments->setObjectName(QStringLiteral("recordComments"));
    m_comments->setTextFormat(Qt::PlainText);
    m_comments->setWordWrap(true);
    m_comments->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addRow(m_comments);
    m_pickersStale = false;
}

QWidget *RecordForm::makeReferencePicker(const Field &field, QWidget *parent)
{
    const QModelIndex index = currentIndex(field.column);
    auto *picker = new ReferencePicker(*m_context.file, *field.def, index.isValid() ? index.data(RecordModel::YearRole).toInt() : m_context.year,
                                       index.data(RecordModel::IdRole).toString(), parent);
    narrowCombo(picker);
    const int column = field.column;
    const auto write = [this, picker, column] {
        if (m_loading)
            return;
        const QModelIndex i = currentIndex(column);
        if (i.isValid() && picker->typedName() != i.data(Qt::DisplayRole).toString().trimmed())
            writeReference(*picker, m_proxy, i);
    };
    connect(picker, &QComboBox::activated, this, write);
    connect(picker->lineEdit(), &QLineEdit::editingFinished, this, write);
    connect(picker, &ReferencePicker::createChosen, this, write);
    return picker;
}

QWidget *RecordForm::makeEditor(Field &field, QWidget *parent)
{
    const int column = field.column;
    const ColumnDef *c = field.def;
    const QString table = m_model->table().name;
    if (!c || isLinkColumn(table, field.name)) { // computed, or a record that another field places
        auto *label = new QLabel(parent);
        label->setTextFormat(c ? Qt::RichText : Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        connect(label, &QLabel::linkActivated, this, &RecordForm::followLink);
        return label;
    }
    if (isConsequenceCategory(table, c->name) || c->type == ColumnType::Choice) {
        auto *combo = new QComboBox(parent);
        if (isConsequenceCategory(table, c->name)) {
            for (const auto &[key, name] : consequenceCategories(*m_context.file))
                combo->addItem(name, key);
        } else {
            if (!c->required)
                combo->addItem(QString(), QVariant());
            for (const Choice &choice : schema::choiceSet(c->reference)->choices)
                combo->addItem(choiceLabel(c->reference, choice.key), choice.key);
        }
        narrowCombo(combo);
        connect(combo, &QComboBox::activated, this, [this, combo, column] { commit(column, combo->currentData(), Qt::EditRole); });
        return combo;
    }
    switch (c->type) {
    case ColumnType::Bool: {
        auto *box = new QCheckBox(parent);
        connect(box, &QCheckBox::clicked, this, [this, box, column] {
            commit(column, box->isChecked() ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
        });
        return box;
    }
    case ColumnType::Date: {
        auto *date = new OptionalDateEdit(parent);
        const auto write = [this, date, column] {
            const QDate d = date->optionalDate();
            commit(column, d.isValid() ? QVariant(d) : QVariant(), Qt::EditRole);
        };
        connect(date, &QDateEdit::editingFinished, this, write);
        connect(date->calendarWidget(), &QCalendarWidget::clicked, this, write, Qt::QueuedConnection);
        return date;
    }
    case ColumnType::MultiChoice: {
        auto *box = new QWidget(parent);
        auto *flow = new FlowLayout(box);
        flow->setContentsMargins(0, 0, 0, 0);
        for (const Choice &choice : schema::choiceSet(c->reference)->choices) {
            auto *check = new QCheckBox(choiceLabel(c->reference, choice.key), box);
            check->setProperty("choiceKey", choice.key);
            flow->addWidget(check);
            connect(check, &QCheckBox::clicked, this, [this, box, column] {
                QStringList keys;
                for (QCheckBox *each : box->findChildren<QCheckBox *>())
                    if (each->isChecked())
                        keys << each->property("choiceKey").toString();
                commit(column, keys.isEmpty() ? QVariant() : QVariant(keys.join(QLatin1Char(','))), Qt::EditRole);
            });
        }
        return box;
    }
    case ColumnType::Reference:
        return makeReferencePicker(field, parent);
    case ColumnType::LongText: {
        auto *text = new QPlainTextEdit(parent);
        text->setTabChangesFocus(true);
        text->setMinimumHeight(fontMetrics().lineSpacing() * 4);
        text->setMaximumHeight(fontMetrics().lineSpacing() * 9);
        text->installEventFilter(new FocusOutFilter(text, [this, text, column] {
            text->document()->setModified(false); // written: the file's value may show again
            commit(column, text->toPlainText(), Qt::EditRole);
        }));
        return text;
    }
    default: {
        auto *line = new QLineEdit(parent);
        const bool number = c->type == ColumnType::Real || c->type == ColumnType::Money;
        connect(line, &QLineEdit::editingFinished, this, [this, line, column, number] {
            line->setModified(false);
            commit(column, number ? numberFromEditing(line->text()) : line->text(), Qt::EditRole);
        });
        return line;
    }
    }
}

QModelIndex RecordForm::currentIndex(int column) const
{
    const QModelIndex current = m_selection->currentIndex();
    return current.isValid() ? m_proxy->index(current.row(), column) : QModelIndex();
}

void RecordForm::commit(int column, const QVariant &value, int role)
{
    if (m_loading)
        return;
    const QModelIndex index = currentIndex(column);
    if (!index.isValid())
        return;
    const QVariant stored = index.data(RecordModel::RawRole);
    if (role == Qt::EditRole && value.typeId() != QMetaType::QDate && value.toString() == stored.toString()
        && value.isNull() == stored.isNull())
        return; // left as it was: no step
    m_proxy->setData(index, value, role);
}

void RecordForm::scheduleLoad()
{
    if (m_loadPending)
        return;
    m_loadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_loadPending = false;
        load();
    });
}

void RecordForm::load()
{
    if (columnsChanged() || m_pickersStale) {
        // Keep the focus where it was, if the field is still there.
        const QWidget *focused = focusWidget();
        const QString focusedName = focused && m_body && m_body->isAncestorOf(focused) ? focused->objectName() : QString();
        rebuild();
        if (QWidget *again = focusedName.isEmpty() ? nullptr : m_body->findChild<QWidget *>(focusedName))
            again->setFocus();
    }
    const QModelIndex current = m_selection->currentIndex();
    const bool shown = current.isValid();
    m_placeholder->setVisible(!shown);
    m_body->setVisible(shown);
    if (!shown) {
        m_title->setText(tableLabel(m_model->table()));
        return;
    }
    const QScopedValueRollback<bool> loading(m_loading, true);
    const int named = m_model->columnOf(m_model->table().displayColumn);
    const QString name = named >= 0 ? m_proxy->index(current.row(), named).data().toString() : QString();
    m_title->setText(name.isEmpty() ? singularLabel(m_model->table())
                                    : QStringLiteral("%1: %2").arg(singularLabel(m_model->table()), name));
    for (Field &field : m_fields)
        loadField(field, m_proxy->index(current.row(), field.column));
    loadLinks(current.data(RecordModel::IdRole).toString());
    loadComments(current.data(RecordModel::IdRole).toString());
}

void RecordForm::loadComments(const QString &id)
{
    // What people wrote about this record (Review → Comment), newest last; resolved ones marked.
    RecordFilter filter;
    filter.equals.insert(QStringLiteral("table_name"), m_model->table().name);
    filter.equals.insert(QStringLiteral("record_id"), id);
    QStringList lines;
    for (const Record &c : m_context.file->records(QStringLiteral("comment"), filter)) {
        const QString when = displayDateTime(QDateTime::fromString(c.value(QStringLiteral("created_at")).toString(), Qt::ISODate));
        QString line = tr("%1, %2: %3").arg(c.value(QStringLiteral("author")).toString(), when,
                                            c.value(QStringLiteral("body")).toString());
        if (c.value(QStringLiteral("resolved")).toInt())
            line += QLatin1Char(' ') + tr("(resolved)");
        lines << line;
    }
    m_comments->setVisible(!lines.isEmpty());
    m_comments->setText(lines.isEmpty() ? QString() : tr("Comments") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

void RecordForm::loadField(Field &field, const QModelIndex &index)
{
    const Qt::ItemFlags flags = m_proxy->flags(index);
    const bool editable = flags & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
    const QVariant raw = index.data(RecordModel::RawRole);
    QWidget *editor = field.editor;
    if (field.open)
        field.open->setEnabled(!raw.toString().isEmpty());
    if (auto *label = qobject_cast<QLabel *>(editor)) {
        const QString shown = index.data(Qt::DisplayRole).toString();
        const QString linked = field.def ? schema::linkedTable(m_model->table().name, field.name, m_model->record(m_proxy->mapToSource(index).row()))
                                         : QString();
        if (field.def)
            label->setText(!linked.isEmpty() && !raw.toString().isEmpty() ? recordLink(linked, raw.toString(), shown)
                                                                         : shown.toHtmlEscaped());
        else
            label->setText(shown);
        return;
    }
    if (auto *picker = qobject_cast<ReferencePicker *>(editor)) {
        if (!picker->hasFocus() || picker->pick() != ReferencePicker::Pick::Unknown)
        {
            picker->setReferenceId(raw.toString());
            picker->lineEdit()->setCursorPosition(0);
        }
        picker->setEnabled(editable);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(raw));
        combo->setEnabled(editable);
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        check->setChecked(raw.toInt() != 0);
        check->setEnabled(editable);
    } else if (auto *date = qobject_cast<OptionalDateEdit *>(editor)) {
        date->setOptionalDate(QDate::fromString(raw.toString(), Qt::ISODate));
        date->setEnabled(editable);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        // Text being typed is not overwritten by a change elsewhere; it is written when left.
        if (text->toPlainText() != raw.toString() && !(text->hasFocus() && text->document()->isModified()))
            text->setPlainText(raw.toString());
        text->setReadOnly(!editable);
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        const bool number = field.def->type == ColumnType::Real || field.def->type == ColumnType::Money;
        const QString shown = number && !raw.isNull() ? numberForEditing(raw.toDouble()) : raw.toString();
        if (line->text() != shown && !(line->hasFocus() && line->isModified())) {
            line->setText(shown);
            line->setCursorPosition(0); // a long text in a narrow field reads from its start
        }
        line->setReadOnly(!editable);
    } else { // the check boxes of a multiple choice
        const QStringList keys = raw.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QCheckBox *each : editor->findChildren<QCheckBox *>()) {
            each->setChecked(keys.contains(each->property("choiceKey").toString()));
            each->setEnabled(editable);
        }
    }
}

void RecordForm::loadLinks(const QString &id)
{
    // The records that refer to this one: a deviation's or a finding's action from the action, a
    // risk's or a finding's actions (their source), an assessment's activity from the activity.
    // A child row is left out: the table beside its parent shows those.
    const QString own = m_model->table().name;
    QStringList lines;
    const auto add = [&](const TableDef &table, const Record &row) {
        const QString rowId = row.value(QStringLiteral("id")).toString();
        const QString name = recordName(*m_context.file, table.name, rowId);
        lines << QStringLiteral("%1: %2").arg(singularLabel(table).toHtmlEscaped(), recordLink(table.name, rowId, name));
    };
    for (const TableDef &table : schema::tables()) {
        for (const ColumnDef &c : table.columns) {
            if (c.type != ColumnType::Reference || c.parent || c.reference != own)
                continue;
            RecordFilter filter;
            filter.equals.insert(c.name, id);
            for (const Record &row : m_context.file->records(table.name, filter))
                add(table, row);
        }
    }
    const schema::LinkColumn sources = schema::linkColumn(QStringLiteral("action"), QStringLiteral("source_id"));
    for (auto it = sources.tables.cbegin(); it != sources.tables.cend(); ++it) {
        if (it.value() != own)
            continue;
        RecordFilter filter;
        filter.equals.insert(QStringLiteral("source_id"), id);
        filter.equals.insert(sources.selector, it.key());
        for (const Record &row : m_context.file->records(QStringLiteral("action"), filter))
            add(*schema::table(QStringLiteral("action")), row);
    }
    m_links->setVisible(!lines.isEmpty());
    if (!lines.isEmpty())
        m_links->setText(QStringLiteral("<b>%1</b><br>%2").arg(tr("Linked records").toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
}

void RecordForm::followLink(const QString &link)
{
    const qsizetype slash = link.indexOf(QLatin1Char('/')); // recordLink's "table/id"
    if (slash > 0)
        Q_EMIT linkActivated(link.left(slash), link.mid(slash + 1));
}

QWidget *RecordForm::fieldEditor(const QString &column) const
{
    for (const Field &f : m_fields)
        if (f.name == column)
            return f.editor;
    return nullptr;
}

} // namespace ik::ui
