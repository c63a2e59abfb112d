#include "ui/risk/riskmatrixaccessible.h"

#include "ui/records/fieldlabels.h"
#include "ui/risk/matrixlevelgrid.h"
#include "ui/risk/riskmatrixeditor.h"

#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QWindow>

#include <optional>

namespace ik::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ik::ui::RiskMatrixAccessible)
};

const RiskMatrix *matrixOf(const QWidget *widget)
{
    if (auto *editor = qobject_cast<const RiskMatrixEditor *>(widget))
        return &editor->matrix();
    if (auto *grid = qobject_cast<const MatrixLevelGrid *>(widget))
        return &grid->matrix();
    return nullptr;
}

// Child `index` of a matrix: the cells row by row from the top, as drawn (probability falls
// downwards), then the editor's markers.
struct Part
{
    bool isCell = false;
    int probability = 0, consequence = 0; // a cell's
    int marker = -1;                      // a marker's index in the editor
};

int cellCount(const RiskMatrix &m) { return m.probabilitySteps() * m.consequenceSteps(); }

int markerCount(const QWidget *widget)
{
    auto *editor = qobject_cast<const RiskMatrixEditor *>(widget);
    return editor ? editor->markerCount() : 0;
}

std::optional<Part> partOf(const QWidget *widget, int index)
{
    const RiskMatrix *m = matrixOf(widget);
    if (!m || index < 0)
        return std::nullopt;
    Part part;
    if (index < cellCount(*m)) {
        part.isCell = true;
        part.probability = m->probabilitySteps() - index / m->consequenceSteps();
        part.consequence = 1 + index % m->consequenceSteps();
        return part;
    }
    part.marker = index - cellCount(*m);
    if (part.marker >= markerCount(widget))
        return std::nullopt;
    return part;
}

int cellIndex(const RiskMatrix &m, int row, int column) { return row * m.consequenceSteps() + column; }

// One cell or marker of a matrix: a light handle that reads everything from the widget when asked.
class MatrixPartAccessible : public QAccessibleInterface, public QAccessibleTableCellInterface
{
public:
    MatrixPartAccessible(QWidget *widget, int index) : m_widget(widget), m_index(index) {}

    bool isValid() const override { return m_widget && partOf(m_widget, m_index).has_value(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_widget ? m_widget->window()->windowHandle() : nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_widget); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    void setText(QAccessible::Text, const QString &) override {}

    QString text(QAccessible::Text t) const override
    {
        const std::optional<Part> part = partOf(m_widget, m_index);
        if (!part)
            return {};
        auto *editor = qobject_cast<RiskMatrixEditor *>(m_widget.data());
        if (t == QAccessible::Name)
            return part->isCell ? accessibleCellName(*matrixOf(m_widget), part->probability, part->consequence)
                                : editor->markerName(part->marker);
        if (t == QAccessible::Description && !part->isCell)
            return editor->markerDescription(part->marker);
        return {};
    }

    QRect rect() const override
    {
        const std::optional<Part> part = partOf(m_widget, m_index);
        if (!part)
            return {};
        QRect r;
        if (part->isCell) {
            if (auto *editor = qobject_cast<RiskMatrixEditor *>(m_widget.data()))
                r = editor->cellRect(part->probability, part->consequence);
            else if (auto *grid = qobject_cast<MatrixLevelGrid *>(m_widget.data()))
                r = grid->cellRect(part->probability, part->consequence);
        } else {
            r = qobject_cast<RiskMatrixEditor *>(m_widget.data())->markerRect(part->marker);
        }
        return QRect(m_widget->mapToGlobal(r.topLeft()), r.size());
    }

    QAccessible::Role role() const override
    {
        const std::optional<Part> part = partOf(m_widget, m_index);
        return part && !part->isCell ? QAccessible::ListItem : QAccessible::Cell;
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        const std::optional<Part> part = partOf(m_widget, m_index);
        if (!part) {
            s.invalid = true;
            return s;
        }
        s.readOnly = true; // the texts are not edited here; a marker is moved, a level clicked
        if (auto *grid = qobject_cast<MatrixLevelGrid *>(m_widget.data()); grid && part->isCell) {
            s.focusable = true;
            s.focused = grid->hasFocus() && grid->currentCell() == std::make_pair(part->probability, part->consequence);
        }
        if (!part->isCell) {
            auto *editor = qobject_cast<RiskMatrixEditor *>(m_widget.data());
            s.focusable = s.selectable = true;
            s.selected = editor->selectedMarker() == part->marker;
            s.focused = s.selected && editor->hasFocus();
        }
        return s;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::TableCellInterface && role() == QAccessible::Cell)
            return static_cast<QAccessibleTableCellInterface *>(this);
        return nullptr;
    }

    // The table cell's place: rows from the top, columns from the left.
    bool isSelected() const override { return false; }
    QList<QAccessibleInterface *> columnHeaderCells() const override { return {}; }
    QList<QAccessibleInterface *> rowHeaderCells() const override { return {}; }
    int columnIndex() const override
    {
        const std::optional<Part> part = partOf(m_widget, m_index);
        return part ? part->consequence - 1 : -1;
    }
    int rowIndex() const override
    {
        const std::optional<Part> part = partOf(m_widget, m_index);
        return part ? matrixOf(m_widget)->probabilitySteps() - part->probability : -1;
    }
    int columnExtent() const override { return 1; }
    int rowExtent() const override { return 1; }
    QAccessibleInterface *table() const override { return parent(); }

private:
    QPointer<QWidget> m_widget;
    int m_index;
};

// The matrix: a table of its cells, with the markers as further children.
class RiskMatrixAccessible : public QAccessibleWidget, public QAccessibleTableInterface
{
public:
    explicit RiskMatrixAccessible(QWidget *widget) : QAccessibleWidget(widget, QAccessible::Table) {}
    ~RiskMatrixAccessible() override
    {
        for (QAccessible::Id id : std::as_const(m_children))
            QAccessible::deleteAccessibleInterface(id);
    }

    int childCount() const override
    {
        const RiskMatrix *m = matrixOf(widget());
        return m ? cellCount(*m) + markerCount(widget()) : 0;
    }

    QAccessibleInterface *child(int index) const override
    {
        if (index < 0 || index >= childCount())
            return nullptr;
        if (const auto id = m_children.constFind(index); id != m_children.cend())
            return QAccessible::accessibleInterface(*id);
        auto *part = new MatrixPartAccessible(widget(), index);
        m_children.insert(index, QAccessible::registerAccessibleInterface(part));
        return part;
    }

    int indexOfChild(const QAccessibleInterface *child) const override
    {
        // By pointer: QAccessible::uniqueId() would register an interface that is not ours.
        for (auto it = m_children.cbegin(); it != m_children.cend(); ++it)
            if (QAccessible::accessibleInterface(it.value()) == child)
                return it.key();
        return -1;
    }

    QAccessibleInterface *childAt(int x, int y) const override
    {
        // Markers lie on top of cells: the last one drawn at the point wins.
        for (int i = childCount() - 1; i >= 0; --i)
            if (QAccessibleInterface *c = child(i); c && c->rect().contains(x, y))
                return c;
        return nullptr;
    }

    // The selected risk in the editor, the current cell in the level grid.
    QAccessibleInterface *focusChild() const override
    {
        const RiskMatrix *m = matrixOf(widget());
        if (!m || !widget()->hasFocus())
            return nullptr;
        if (auto *grid = qobject_cast<MatrixLevelGrid *>(widget()))
            return child(cellIndex(*m, m->probabilitySteps() - grid->currentCell().first, grid->currentCell().second - 1));
        auto *editor = qobject_cast<RiskMatrixEditor *>(widget());
        return editor->selectedMarker() >= 0 ? child(cellCount(*m) + editor->selectedMarker()) : nullptr;
    }

    // The value: where the selected risk is, so that a move is read out as the value changing.
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value) {
            auto *editor = qobject_cast<RiskMatrixEditor *>(widget());
            return editor && editor->selectedMarker() >= 0 ? editor->markerName(editor->selectedMarker()) : QString();
        }
        return QAccessibleWidget::text(t);
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::TableInterface)
            return static_cast<QAccessibleTableInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    QAccessibleInterface *caption() const override { return nullptr; }
    QAccessibleInterface *summary() const override { return nullptr; }
    QAccessibleInterface *cellAt(int row, int column) const override
    {
        const RiskMatrix *m = matrixOf(widget());
        if (!m || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
            return nullptr;
        return child(cellIndex(*m, row, column));
    }
    int selectedCellCount() const override { return 0; }
    QList<QAccessibleInterface *> selectedCells() const override { return {}; }
    QString columnDescription(int column) const override
    {
        return Text::tr("Consequence %1").arg(column + 1);
    }
    QString rowDescription(int row) const override
    {
        return Text::tr("Probability %1").arg(rowCount() - row);
    }
    int selectedColumnCount() const override { return 0; }
    int selectedRowCount() const override { return 0; }
    int columnCount() const override
    {
        const RiskMatrix *m = matrixOf(widget());
        return m ? m->consequenceSteps() : 0;
    }
    int rowCount() const override
    {
        const RiskMatrix *m = matrixOf(widget());
        return m ? m->probabilitySteps() : 0;
    }
    QList<int> selectedColumns() const override { return {}; }
    QList<int> selectedRows() const override { return {}; }
    bool isColumnSelected(int) const override { return false; }
    bool isRowSelected(int) const override { return false; }
    bool selectRow(int) override { return false; }
    bool selectColumn(int) override { return false; }
    bool unselectRow(int) override { return false; }
    bool unselectColumn(int) override { return false; }
    void modelChange(QAccessibleTableModelChangeEvent *) override {}

private:
    mutable QHash<int, QAccessible::Id> m_children; // child index → registered interface
};

QAccessibleInterface *riskMatrixFactory(const QString &, QObject *object)
{
    if (qobject_cast<RiskMatrixEditor *>(object) || qobject_cast<MatrixLevelGrid *>(object))
        return new RiskMatrixAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

void installRiskMatrixAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(riskMatrixFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

QString accessibleCellName(const RiskMatrix &matrix, int probability, int consequence)
{
    return Text::tr("Probability %1, consequence %2: %3")
        .arg(QString::number(probability), QString::number(consequence),
             choiceLabel(QStringLiteral("risk_level"), RiskMatrix::levelKey(matrix.level(probability, consequence))));
}

namespace {
void announceChild(QWidget *matrix, int child)
{
    // A screen reader reads out a new name of the object it is on; the focus event puts it there.
    QAccessibleEvent named(matrix, QAccessible::NameChanged);
    named.setChild(child);
    QAccessible::updateAccessibility(&named);
    if (matrix->hasFocus()) {
        QAccessibleEvent focus(matrix, QAccessible::Focus);
        focus.setChild(child);
        QAccessible::updateAccessibility(&focus);
    }
}
} // namespace

void announceMatrixCell(QWidget *matrix, int probability, int consequence)
{
    if (const RiskMatrix *m = matrixOf(matrix))
        announceChild(matrix, cellIndex(*m, m->probabilitySteps() - probability, consequence - 1));
}

void announceMatrixMarker(QWidget *matrix, int index)
{
    if (const RiskMatrix *m = matrixOf(matrix); m && index >= 0)
        announceChild(matrix, cellCount(*m) + index);
}

} // namespace ik::ui
