#include "ui/records/recorddelegate.h"

#include "ui/records/fieldlabels.h"
#include "ui/records/optionaldateedit.h"
#include "ui/records/recordmodel.h"
#include "ui/records/referencepicker.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QComboBox>
#include <QDoubleValidator>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace ik::ui {

namespace {

// The date an editor was opened with, to tell an untouched editor from a changed one.
constexpr char kDateAsOpened[] = "ik_dateAsOpened";

const ColumnDef *columnOf(const QModelIndex &index)
{
    const TableDef *table = schema::table(index.data(RecordModel::TableRole).toString());
    return table ? table->column(index.data(RecordModel::ColumnRole).toString()) : nullptr;
}

} // namespace

QString numberForEditing(double value)
{
    return QLocale().toString(value, 'g', 12);
}

QString numberFromEditing(const QString &text)
{
    bool ok = false;
    const double number = QLocale().toDouble(text, &ok);
    return ok ? QString::number(number, 'g', 15) : text;
}

RecordDelegate::RecordDelegate(UnitFile &file, QObject *parent)
    : QStyledItemDelegate(parent), m_file(file)
{
}

QWidget *RecordDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const ColumnDef *c = columnOf(index);
    if (!c)
        return QStyledItemDelegate::createEditor(parent, option, index);
    const QString label = index.model()->headerData(index.column(), Qt::Horizontal).toString();
    QWidget *editor = nullptr;
    if (isConsequenceCategory(index.data(RecordModel::TableRole).toString(), c->name)) {
        auto *e = new QComboBox(parent);
        for (const auto &[key, name] : consequenceCategories(m_file))
            e->addItem(name, key);
        e->setAccessibleName(label);
        return e;
    }
    switch (c->type) {
    case ColumnType::Date:
        editor = new OptionalDateEdit(parent);
        break;
    case ColumnType::Choice: {
        auto *e = new QComboBox(parent);
        if (!c->required)
            e->addItem(QString(), QVariant());
        for (const Choice &choice : schema::choiceSet(c->reference)->choices)
            e->addItem(choiceLabel(c->reference, choice.key), choice.key);
        editor = e;
        break;
    }
    case ColumnType::MultiChoice: {
        auto *e = new QListWidget(parent);
        for (const Choice &choice : schema::choiceSet(c->reference)->choices) {
            auto *item = new QListWidgetItem(choiceLabel(c->reference, choice.key), e);
            item->setData(Qt::UserRole, choice.key);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        editor = e;
        break;
    }
    case ColumnType::Reference: {
        auto *e = new ReferencePicker(m_file, *c, index.data(RecordModel::YearRole).toInt(),
                                      index.data(RecordModel::IdRole).toString(), parent);
        // "Create «…»" chosen: written at once, as choosing a record from the list would be.
        auto *self = const_cast<RecordDelegate *>(this);
        connect(e, &ReferencePicker::createChosen, self, [self, e] {
            Q_EMIT self->commitData(e);
            // The Return that chose it, and the focus leaving, must not commit and close again.
            e->removeEventFilter(self);
            Q_EMIT self->closeEditor(e);
        });
        editor = e;
        break;
    }
    case ColumnType::Integer: {
        auto *e = new QSpinBox(parent);
        e->setRange(c->maximum > c->minimum ? c->minimum : 0,
                    c->maximum > c->minimum ? c->maximum : 1000000000);
        editor = e;
        break;
    }
    case ColumnType::Real:
    case ColumnType::Money: {
        auto *e = new QLineEdit(parent);
        auto *validator = new QDoubleValidator(e);
        if (c->type == ColumnType::Money)
            validator->setBottom(0);
        e->setValidator(validator);
        editor = e;
        break;
    }
    case ColumnType::LongText: {
        auto *e = new QPlainTextEdit(parent);
        e->setTabChangesFocus(true);
        editor = e;
        break;
    }
    default:
        editor = QStyledItemDelegate::createEditor(parent, option, index);
        break;
    }
    editor->setAccessibleName(label);
    return editor;
}

void RecordDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(RecordModel::RawRole);
    if (auto *e = qobject_cast<OptionalDateEdit *>(editor)) {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        e->setOptionalDate(d);
        e->setProperty(kDateAsOpened, d);
    } else if (auto *e = qobject_cast<ReferencePicker *>(editor)) {
        e->setReferenceId(value.toString());
    } else if (auto *e = qobject_cast<QComboBox *>(editor)) {
        e->setCurrentIndex(std::max(0, e->findData(value)));
    } else if (auto *e = qobject_cast<QListWidget *>(editor)) {
        const QStringList keys = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (int i = 0; i < e->count(); ++i)
            e->item(i)->setCheckState(keys.contains(e->item(i)->data(Qt::UserRole).toString())
                                          ? Qt::Checked : Qt::Unchecked);
    } else if (auto *e = qobject_cast<QSpinBox *>(editor)) {
        e->setValue(value.toInt());
    } else if (auto *e = qobject_cast<QPlainTextEdit *>(editor)) {
        e->setPlainText(value.toString());
    } else if (auto *e = qobject_cast<QLineEdit *>(editor)) {
        const ColumnDef *c = columnOf(index);
        if (c && (c->type == ColumnType::Real || c->type == ColumnType::Money) && !value.isNull())
            e->setText(numberForEditing(value.toDouble()));
        else
            e->setText(value.toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void RecordDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (auto *e = qobject_cast<OptionalDateEdit *>(editor)) {
        // Leaving a date editor untouched (Tab through the cell) writes nothing.
        const QDate d = e->optionalDate();
        if (d == e->property(kDateAsOpened).toDate())
            return;
        model->setData(index, d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant());
    } else if (auto *e = qobject_cast<ReferencePicker *>(editor)) {
        writeReference(*e, model, index);
    } else if (auto *e = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, e->currentData());
    } else if (auto *e = qobject_cast<QListWidget *>(editor)) {
        QStringList keys;
        for (int i = 0; i < e->count(); ++i)
            if (e->item(i)->checkState() == Qt::Checked)
                keys << e->item(i)->data(Qt::UserRole).toString();
        model->setData(index, keys.isEmpty() ? QVariant() : QVariant(keys.join(QLatin1Char(','))));
    } else if (auto *e = qobject_cast<QSpinBox *>(editor)) {
        model->setData(index, e->value());
    } else if (auto *e = qobject_cast<QPlainTextEdit *>(editor)) {
        model->setData(index, e->toPlainText());
    } else if (auto *e = qobject_cast<QLineEdit *>(editor)) {
        const ColumnDef *c = columnOf(index);
        const bool number = c && (c->type == ColumnType::Real || c->type == ColumnType::Money);
        model->setData(index, number ? numberFromEditing(e->text()) : e->text());
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void RecordDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    if (qobject_cast<QPlainTextEdit *>(editor) || qobject_cast<QListWidget *>(editor)) {
        QRect r = option.rect;
        r.setWidth(std::max(r.width(), 320));
        r.setHeight(std::max(r.height(), qobject_cast<QListWidget *>(editor) ? 220 : 120));
        editor->setGeometry(r);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    // A narrow column must not cut the date off: the editor gets the width its text needs.
    if (qobject_cast<OptionalDateEdit *>(editor) && editor->width() < editor->sizeHint().width())
        editor->resize(editor->sizeHint().width(), editor->height());
}

} // namespace ik::ui
