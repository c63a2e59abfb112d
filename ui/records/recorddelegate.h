#pragma once

#include <QString>
#include <QStyledItemDelegate>

namespace ik {
class UnitFile;
}

namespace ik::ui {

// A Real or Money value as a person edits it (the locale's decimal comma), and such a text back
// as the file takes it (a text that is no number stays as it is, for core to refuse by name).
QString numberForEditing(double value);
QString numberFromEditing(const QString &text);

// The one delegate for RecordModel cells: an editor fitting the schema column's type — a date
// edit with a calendar for dates, a combo box for choices and references, a spin box or a
// validated line for numbers, a multi-line editor for long text. Booleans are check boxes.
class RecordDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    RecordDelegate(UnitFile &file, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    UnitFile &m_file;
};

} // namespace ik::ui
