#include "ui/records/tableeditor.h"

#include "ui/pages/phasenames.h"
#include "ui/shell/flowlayout.h"
#include "ui/shell/messages.h"
#include "ui/shell/uistyle.h"
#include "ui/records/columnlayout.h"
#include "ui/records/fieldlabels.h"
#include "ui/records/masterdetailsplitter.h"
#include "ui/records/recordform.h"
#include "ui/records/recorddelegate.h"
#include "ui/records/recordfilterproxy.h"

#include <QDate>
#include "ui/records/recordmodel.h"
#include "core/store/schema.h"
#include "ui/records/recordededit.h"
#include "ui/records/undocommands.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ik::ui {

namespace {

constexpr QAbstractItemView::EditTriggers kEditTriggers =
    QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
    | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked;

} // namespace

TableEditor::TableEditor(const EditContext &context, const QString &table, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("editor_") + table);
    m_model = new RecordModel(context, table, this);
    m_proxy = new RecordFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("view_") + table);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new RecordDelegate(*context.file, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection); // copy and paste take blocks
    m_view->setEditTriggers(kEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    // Widths fit the first rows only: measuring all loaded rows (a whole page of a 100 000-row
    // table, whether shown or not) costs more than it tells.
    m_view->horizontalHeader()->setResizeContentsPrecision(50);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setAccessibleName(tableLabel(m_model->table()));
    m_view->installEventFilter(this);
    m_columns = new ColumnLayout(m_view, m_model, this);
    m_form = new RecordForm(context, m_proxy, m_view->selectionModel(), this);
    connect(m_form, &RecordForm::linkActivated, this, &TableEditor::recordLinkActivated);

    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setAccessibleName(tr("Add %1").arg(inSentence(singularLabel(m_model->table()))));
    m_add->setToolTip(m_add->accessibleName());
    m_remove = new QPushButton(tr("Delete"), this);
    m_remove->setObjectName(QStringLiteral("deleteButton"));
    m_remove->setAccessibleName(tr("Delete the selected %1").arg(inSentence(singularLabel(m_model->table()))));
    m_remove->setToolTip(m_remove->accessibleName());
    connect(m_add, &QPushButton::clicked, this, &TableEditor::addRecord);
    connect(m_remove, &QPushButton::clicked, this, &TableEditor::removeCurrent);

    m_bar = new FlowLayout;
    m_bar->insertWidget(m_buttonCount++, m_add);
    m_bar->insertWidget(m_buttonCount++, m_remove);

    // Find as one types, in the file (a register of 100 000 rows is still read page by page); a
    // short pause first, so that each key does not query the file.
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("find_") + table);
    m_find->setPlaceholderText(tr("Find (Ctrl+F)"));
    m_find->setAccessibleName(tr("Find in %1").arg(inSentence(tableLabel(m_model->table()))));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28);
    auto *findTimer = new QTimer(this);
    findTimer->setSingleShot(true);
    findTimer->setInterval(250);
    connect(m_find, &QLineEdit::textChanged, findTimer, qOverload<>(&QTimer::start));
    connect(findTimer, &QTimer::timeout, this, [this] { m_model->setTextFilter(m_find->text().trimmed()); });
    connect(m_find, &QLineEdit::returnPressed, this, [this, findTimer] {
        findTimer->stop();
        m_model->setTextFilter(m_find->text().trimmed());
        m_view->setFocus();
    });
    auto *findAction = new QAction(tr("Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, m_find, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    addAction(findAction);
    auto *clearFind = new QAction(this);
    clearFind->setShortcut(Qt::Key_Escape);
    clearFind->setShortcutContext(Qt::WidgetShortcut);
    connect(clearFind, &QAction::triggered, m_find, &QLineEdit::clear);
    m_find->addAction(clearFind);
    m_bar->insertWidget(-1, m_find); // after the buttons, before any filters

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("editError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    setErrorStyle(m_error);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(m_bar);
    layout->addWidget(new MasterDetailSplitter(m_view, m_form, this), 1);
    layout->addWidget(m_error);

    connect(m_model, &RecordModel::editRefused, this, &TableEditor::showError);
    // A reset comes with another scope (year, parent) or a changed file (a merge): so may the lock.
    connect(m_model, &RecordModel::modelReset, this, &TableEditor::updateYearLock);
    // A reset (a sort, a filter, a reload) clears the view's current row without telling anyone:
    // keep the same record current where it is still shown, else tell the tables that follow
    // this one that nothing is current, so they never show the rows of a record out of sight.
    connect(m_model, &RecordModel::modelAboutToBeReset, this, [this] { m_currentBeforeReset = currentId(); });
    connect(m_model, &RecordModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_currentBeforeReset);
        if (row >= 0)
            m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
        else
            Q_EMIT currentChanged(currentId());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_error->hide();
        updateButtons();
        Q_EMIT currentChanged(currentId());
    });
    connect(m_model, &RecordModel::rowsRemoved, this, [this] { Q_EMIT currentChanged(currentId()); });
    // Fit the columns to the first rows shown (child tables get theirs when a parent is chosen).
    connect(m_model, &RecordModel::modelReset, this, [this] {
        if (!m_fitted)
            QTimer::singleShot(0, this, &TableEditor::fitColumns);
    });
    QTimer::singleShot(0, this, &TableEditor::fitColumns);
    // Locking and unlocking a year change its review_year row: follow at once, so that the table
    // never invites an edit core would refuse.
    connect(context.file, &UnitFile::recordUpdated, this, [this](const QString &table) {
        if (table == QLatin1String("review_year"))
            updateYearLock();
    });
    updateYearLock();
}

bool TableEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Only keys the view itself receives: an open cell editor takes its own.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex index = m_view->currentIndex();
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)
            && key->modifiers() == Qt::NoModifier && index.isValid()
            && index.flags().testFlag(Qt::ItemIsEditable)) {
            m_error->hide();
            m_proxy->setData(index, QVariant());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TableEditor::fitColumns()
{
    if (m_model->rowCount() == 0 && m_fitted)
        return;
    m_columns->fit();
    m_fitted = m_model->rowCount() > 0;
}

void TableEditor::setColumns(const QStringList &columns)
{
    m_model->setColumns(columns);
    m_fitted = false;
    QTimer::singleShot(0, this, &TableEditor::fitColumns);
}

void TableEditor::setCanAdd(bool canAdd)
{
    m_canAdd = canAdd;
    m_add->setVisible(canAdd);
    m_remove->setVisible(canAdd);
    updateButtons();
}

void TableEditor::addFilter(const QString &column)
{
    const ColumnDef *c = m_model->table().column(column);
    if (m_model->columnOf(column) < 0 || !c)
        return;
    auto *label = new QLabel(fieldLabel(m_model->table(), column) + QLatin1Char(':'), this);
    auto *combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("filter_") + column);
    combo->setAccessibleName(tr("Show only %1").arg(inSentence(fieldLabel(m_model->table(), column))));
    label->setBuddy(combo);
    combo->addItem(tr("All"), QString());
    if (c->isChoice()) {
        for (const Choice &choice : schema::choiceSet(c->reference)->choices)
            combo->addItem(choiceLabel(c->reference, choice.key), choice.key);
    } else if (c->type == ColumnType::Reference) {
        const TableDef *target = schema::table(c->reference);
        RecordFilter f;
        f.orderBy = target->displayColumn;
        if (target->yearScoped)
            f.year = m_context.year;
        for (const Record &r : m_context.file->records(c->reference, f))
            combo->addItem(r.value(target->displayColumn).toString(), r.value(QStringLiteral("id")));
    }
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, column] {
        const QString value = combo->currentData().toString();
        if (value.isEmpty())
            m_model->clearMatch(column);
        else
            m_model->setMatch(column, value);
    });
    addFilter(label, combo);
}

void TableEditor::addTertialFilter(const QString &dateColumn)
{
    auto *label = new QLabel(tr("Tertial:"), this);
    auto *combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("filter_tertial"));
    combo->setAccessibleName(tr("Show only one tertial"));
    label->setBuddy(combo);
    combo->addItem(tr("All"), 0);
    combo->addItem(tr("1st tertial (Jan–Apr)"), 1);
    combo->addItem(tr("2nd tertial (May–Aug)"), 2);
    combo->addItem(tr("3rd tertial (Sep–Dec)"), 3);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, dateColumn] {
        const int tertial = combo->currentData().toInt();
        if (tertial == 0) {
            m_model->setRange(dateColumn, {}, {});
            return;
        }
        const QDate first(m_model->year().value_or(m_context.year), 1 + 4 * (tertial - 1), 1);
        m_model->setRange(dateColumn, first.toString(Qt::ISODate), first.addMonths(4).toString(Qt::ISODate));
    });
    addFilter(label, combo);
}

void TableEditor::addFilter(QLabel *label, QComboBox *combo)
{
    m_bar->insertWidget(-1, widgetRow(this, {label, combo})); // a label stays with its combo box
}

QPushButton *TableEditor::addWritingButton(const QString &text, const QString &objectName, bool needsCurrentRow)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    m_bar->insertWidget(m_buttonCount++, button);
    m_writingButtons << button;
    if (needsCurrentRow)
        m_rowButtons << button;
    updateButtons();
    return button;
}

void TableEditor::addCompletionButton(const QString &column, const QString &text)
{
    const ColumnDef *c = m_model->table().column(column);
    if (!c || !c->isChoice())
        return;
    QPushButton *button = addWritingButton(text, QStringLiteral("complete_") + column);
    connect(button, &QPushButton::clicked, this, [this, column, text, set = c->reference] {
        QStringList present;
        for (int row = 0; row < m_model->rowCount(); ++row)
            present << m_model->record(row).value(column).toString();
        QStringList missing;
        for (const Choice &choice : schema::choiceSet(set)->choices)
            if (!present.contains(choice.key))
                missing << choice.key;
        if (missing.isEmpty())
            return;
        QString error;
        if (!recordedEdit(m_context, text, &error, [&](RecordedEdit &edit) {
                for (const QString &key : std::as_const(missing))
                    if (edit.insert(m_model->table().name, m_model->newRecord({{column, key}})).isEmpty())
                        return false;
                return true;
            }))
            showError(error);
    });
}

QString TableEditor::currentId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(RecordModel::IdRole).toString() : QString();
}

void TableEditor::selectFirstRow()
{
    if (m_proxy->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void TableEditor::updateButtons()
{
    const bool writable = !m_context.file->isReadOnly() && !m_proxy->isReadOnly();
    m_add->setEnabled(m_canAdd && writable && m_model->hasScope());
    m_remove->setEnabled(m_canAdd && writable && m_view->currentIndex().isValid());
    for (QPushButton *button : std::as_const(m_writingButtons))
        button->setEnabled(writable && (!m_rowButtons.contains(button) || m_view->currentIndex().isValid()));
}

bool TableEditor::isYearLocked() const
{
    return schema::yearLockApplies(m_model->table())
           && m_context.file->isYearLocked(m_model->year().value_or(m_context.year));
}

void TableEditor::updateYearLock()
{
    const bool locked = isYearLocked();
    m_proxy->setReadOnly(locked);
    m_view->setEditTriggers(locked ? QAbstractItemView::NoEditTriggers : kEditTriggers);
    updateButtons();
}

bool TableEditor::selectRecord(const QString &id)
{
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus();
    return true;
}

void TableEditor::addRecord()
{
    m_error->hide();
    // A new row matches no search yet: show the whole register, so that it does not vanish.
    if (!m_find->text().isEmpty()) {
        m_find->clear();
        m_model->setTextFilter(QString());
    }
    const int row = m_model->addRecord();
    if (row < 0)
        return;
    int column = std::max(0, m_model->columnOf(m_model->table().displayColumn));
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, column));
    if (!index.isValid())
        return;
    m_view->setFocus();
    m_view->scrollTo(index);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void TableEditor::removeCurrent()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const QString table = m_model->table().name;
    const DeletedRecords preview = m_context.file->previewRemove(table, id);
    const qsizetype taken = std::max<qsizetype>(0, preview.rows.size() - 1);
    if (taken > 0 || !preview.nulledRefs.isEmpty()) {
        const QString name = m_context.file->displayName(table, id, uiLanguage());
        QString text = tr("Delete “%1”?").arg(name);
        if (taken > 0)
            text += QLatin1Char('\n') + tr("%n record(s) that belong to it will be deleted too.", "", int(taken));
        if (!preview.nulledRefs.isEmpty())
            text += QLatin1Char('\n')
                    + tr("%n other record(s) link to it and will lose that link.", "",
                         int(preview.nulledRefs.size()));
        if (showMessage(this, QMessageBox::Question, tr("Delete"), text, QMessageBox::Yes | QMessageBox::Cancel,
                        QMessageBox::Cancel)
            != QMessageBox::Yes)
            return;
    }
    QString error;
    if (!removeRecord(*m_context.file, *m_context.undo, table, id, &error))
        showError(error);
}

void TableEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace ik::ui
