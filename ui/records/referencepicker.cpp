#include "ui/records/referencepicker.h"

#include "ui/records/fieldlabels.h"
#include "ui/records/recordmodel.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QCompleter>
#include <QLineEdit>
#include <QListView>
#include <QStandardItemModel>

namespace ik::ui {

bool canCreateByName(const TableDef &target)
{
    const ColumnDef *name = target.column(target.displayColumn);
    if (!name || name->type != ColumnType::Text)
        return false; // named by a date, a number or a choice: a typed name cannot make one
    const QVariantMap defaults = target.newRow();
    for (const ColumnDef &c : target.columns)
        if (c.required && c.name != name->name && !defaults.contains(c.name))
            return false; // a parent, a date, ... that a name alone does not give
    return true;
}

ReferencePicker::ReferencePicker(const UnitFile &file, const ColumnDef &column, int year, const QString &ownId,
                                 QWidget *parent)
    : QComboBox(parent), m_file(file), m_target(column.reference)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    const TableDef *target = schema::table(column.reference);
    Q_ASSERT(target);
    m_targetLabel = inSentence(singularLabel(*target));
    m_canCreate = canCreateByName(*target);
    if (!column.required)
        addItem(QString(), QVariant());
    RecordFilter filter;
    if (target->yearScoped)
        filter.year = year;
    filter.orderBy = target->displayColumn;
    const ColumnDef *display = target->column(target->displayColumn);
    for (const Record &r : file.records(column.reference, filter)) {
        const QString id = r.value(QStringLiteral("id")).toString();
        if (id == ownId)
            continue;
        const QVariant name = r.value(target->displayColumn);
        addItem(display && display->isChoice() ? choiceText(*display, name) : name.toString(), id);
    }
    // The last row offers to create what was typed; hidden while the text names a record.
    addItem(QString(), QStringLiteral("ik:offer"));
    m_offerRow = count() - 1;
    if (auto *list = qobject_cast<QListView *>(view()))
        list->setRowHidden(m_offerRow, true);

    auto *completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    // After the combo box's own handling, which has put the offer's text into the line.
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        if (!text.isEmpty() && text == itemText(m_offerRow))
            chooseOffer();
    });
    connect(this, &QComboBox::activated, this, [this](int row) {
        if (row == m_offerRow)
            chooseOffer();
    });
    connect(this, &QComboBox::editTextChanged, this, &ReferencePicker::updateOffer);
}

int ReferencePicker::matchingRow(const QString &text) const
{
    // The row shown first: two people of one name stay the one that was chosen.
    if (currentIndex() >= 0 && currentIndex() != m_offerRow && itemText(currentIndex()).compare(text, Qt::CaseInsensitive) == 0)
        return currentIndex();
    for (int row = 0; row < count(); ++row)
        if (row != m_offerRow && itemText(row).compare(text, Qt::CaseInsensitive) == 0)
            return row;
    return -1;
}

void ReferencePicker::updateOffer(const QString &text)
{
    m_createChosen = false;
    m_written = false;
    const QString name = text.trimmed();
    const bool offer = !name.isEmpty() && matchingRow(name) < 0 && text != itemText(m_offerRow);
    auto *items = qobject_cast<QStandardItemModel *>(model());
    QStandardItem *item = items ? items->item(m_offerRow) : nullptr;
    if (!item || (!offer && text == itemText(m_offerRow)))
        return;
    m_offerName = offer ? name : QString();
    // An empty text matches no search, so the completer leaves the row out while nothing is offered.
    item->setText(!offer ? QString()
                  : m_canCreate ? tr("Create “%1”").arg(name)
                                : tr("No %1 is named “%2”").arg(m_targetLabel, name));
    item->setFlags(offer && m_canCreate ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
    if (auto *list = qobject_cast<QListView *>(view()))
        list->setRowHidden(m_offerRow, !offer);
}

void ReferencePicker::chooseOffer()
{
    if (!m_canCreate || m_offerName.isEmpty())
        return;
    const QString name = m_offerName;
    setEditText(name); // the line shows the name, not "Create «…»"
    m_createChosen = true;
    Q_EMIT createChosen(name);
}

void ReferencePicker::setReferenceId(const QString &id)
{
    int row = id.isEmpty() ? findData(QVariant()) : findData(id);
    if (row < 0 && !id.isEmpty()) { // a record the list leaves out (another year): still shown
        insertItem(m_offerRow, recordName(m_file, m_target, id), id);
        row = m_offerRow++;
    }
    setCurrentIndex(row);
    if (row < 0)
        setEditText(QString());
    m_createChosen = false;
    m_written = false;
}

void ReferencePicker::markWritten()
{
    m_createChosen = false;
    m_written = true;
}

ReferencePicker::Pick ReferencePicker::pick() const
{
    const QString name = typedName();
    if (m_written)
        return Pick::Written;
    if (m_createChosen && name == m_offerName)
        return Pick::Create;
    return name.isEmpty() || matchingRow(name) >= 0 ? Pick::Id : Pick::Unknown;
}

QString ReferencePicker::pickedId() const
{
    const int row = matchingRow(typedName());
    return row < 0 ? QString() : itemData(row).toString();
}

QString ReferencePicker::typedName() const
{
    return currentText().trimmed();
}

void writeReference(ReferencePicker &picker, QAbstractItemModel *model, const QModelIndex &index)
{
    switch (picker.pick()) {
    case ReferencePicker::Pick::Id: {
        const QString id = picker.pickedId();
        model->setData(index, id.isEmpty() ? QVariant() : QVariant(id));
        break;
    }
    case ReferencePicker::Pick::Create:
        if (model->setData(index, picker.typedName(), RecordModel::CreateReferenceRole))
            picker.markWritten(); // not twice, when the editor commits again as it closes
        break;
    case ReferencePicker::Pick::Unknown:
        model->setData(index, picker.typedName(), RecordModel::UnknownReferenceRole);
        break;
    case ReferencePicker::Pick::Written:
        break;
    }
}

} // namespace ik::ui
