#pragma once

#include <QComboBox>

namespace ik {
struct ColumnDef;
struct TableDef;
class UnitFile;
} // namespace ik

namespace ik::ui {

// Whether a record of `target` can be made from a name alone (every other required field has a
// default): then a reference picker offers “Create …” for a name that matches no record.
bool canCreateByName(const TableDef &target);

class ReferencePicker;

// Writes what the picker holds into a RecordModel reference cell (through a proxy, too): the
// record chosen, or a new record of the name typed, or a refusal saying why nothing was written.
void writeReference(ReferencePicker &picker, QAbstractItemModel *model, const QModelIndex &index);

// The editor of a reference (a person, an activity, an action): an editable combo box listing the
// records by name, with a completer that finds a name by any part of it. Text that names no record
// is not dropped: the list then offers “Create …” (when the table can be made from a name) or
// says plainly that no such record exists. Used by the table's cell editor and by the form.
class ReferencePicker : public QComboBox
{
    Q_OBJECT
public:
    // `year` limits a year-scoped target to one review year; `ownId` is left out (a goal does not
    // follow itself).
    ReferencePicker(const UnitFile &file, const ColumnDef &column, int year, const QString &ownId,
                    QWidget *parent = nullptr);

    // Shows the record with this id (empty: none).
    void setReferenceId(const QString &id);
    // What the picker holds now, as the model takes it (RecordModel::setReferenceFrom).
    enum class Pick { Id, Create, Unknown, Written };
    Pick pick() const;
    QString pickedId() const;     // Pick::Id: the record's id, empty for none
    QString typedName() const;    // the text as typed, trimmed
    bool isCreateOffered() const { return m_canCreate; }
    // The pick has been written: committing the same text again writes nothing (Pick::Written).
    void markWritten();

Q_SIGNALS:
    // The user chose "Create «name»": the caller writes at once.
    void createChosen(const QString &name);

private:
    int matchingRow(const QString &text) const;
    void updateOffer(const QString &text);
    void chooseOffer();

    const UnitFile &m_file;
    QString m_target;
    int m_offerRow = -1; // the last row: the offer to create, or the note that nothing matches
    bool m_canCreate = false;
    bool m_createChosen = false;
    bool m_written = false;
    QString m_offerName; // the name the offer row stands for
    QString m_targetLabel;
};

} // namespace ik::ui
