// What a screen reader finds: every focusable widget on every page named, with a role; the risk
// matrix's cells and risks read through QAccessible, and a risk's move announced.

#include "guitestsupport.h"

#include "core/review/demounit.h"
#include "core/store/unitfile.h"
#include "ui/records/fieldlabels.h"
#include "ui/risk/matrixlevelgrid.h"
#include "ui/risk/riskmatrixaccessible.h"
#include "ui/risk/riskmatrixeditor.h"
#include "ui/risk/riskmatrixsettingsdialog.h"
#include "ui/records/editcontext.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QTabBar>
#include <QTemporaryDir>
#include <QUndoStack>

#include <set>

using namespace ik;
using namespace ik::ui;

namespace {

using iktest::OpenDemo;

// A widget's path for a failure message: its class and object names up to the window.
QString describe(const QWidget *w)
{
    QStringList parts;
    for (; w && !w->isWindow(); w = w->parentWidget())
        parts.prepend(QString::fromLatin1(w->metaObject()->className())
                      + (w->objectName().isEmpty() ? QString() : QLatin1Char('#') + w->objectName()));
    return parts.join(QLatin1String(" > "));
}

// Every widget of `window` a person can reach with the keyboard now, without a name or a role.
QStringList unnamedFocusable(QWidget &window)
{
    QStringList out;
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        // A widget that passes its focus on (a tab widget to its tab bar) is read as the one it serves.
        if (w->focusProxy())
            continue;
        // The main window's spare tab bar for docks, with no tab: nothing to read or reach.
        if (auto *bar = qobject_cast<QTabBar *>(w); bar && bar->count() == 0)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface) {
            out << describe(w) + QStringLiteral(": no accessible interface");
            continue;
        }
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            out << describe(w) + QStringLiteral(": no name");
        const QAccessible::Role role = iface->role();
        if (role == QAccessible::NoRole || role == QAccessible::Client)
            out << describe(w) + QStringLiteral(": no role (%1)").arg(int(role));
    }
    return out;
}

// The events Qt sends to assistive tools, each with the child it is about.
std::vector<std::pair<QAccessible::Event, int>> g_events;
void recordEvent(QAccessibleEvent *event)
{
    g_events.emplace_back(event->type(), event->child());
}
bool sent(QAccessible::Event type, int child)
{
    return std::find(g_events.begin(), g_events.end(), std::make_pair(type, child)) != g_events.end();
}

} // namespace

TEST_CASE("every focusable widget on every page has a name and a role", "[gui][a11y]")
{
    OpenDemo demo;
    QStringList problems;
    for (int i = 0; i < demo.view->pageCount(); ++i) {
        demo.view->showPage(i);
        QApplication::processEvents();
        PhasePage *page = demo.view->phasePage(pageKeys().value(i));
        const int tabs = page ? page->tabs()->count() : 1;
        for (int t = 0; t < tabs; ++t) {
            if (page)
                page->tabs()->setCurrentIndex(t);
            QApplication::processEvents();
            const QString where = pageKeys().value(i) + (page ? QLatin1Char('/') + page->tabs()->tabText(t) : QString());
            for (const QString &p : unnamedFocusable(demo.window))
                if (!problems.contains(p))
                    problems << where + QStringLiteral(": ") + p;
        }
    }
    for (const QString &p : std::as_const(problems))
        UNSCOPED_INFO(p.toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("the risk matrix reads as a table of cells and risks, and a move is announced", "[gui][a11y][risk]")
{
    OpenDemo demo;
    demo.view->showPage(int(pageKeys().indexOf(QStringLiteral("map"))));
    auto *editor = demo.view->findChild<RiskMatrixEditor *>();
    REQUIRE(editor);
    PhasePage *page = demo.view->phasePage(QStringLiteral("map"));
    for (int t = 0; t < page->tabs()->count(); ++t)
        if (page->tabs()->widget(t)->isAncestorOf(editor))
            page->tabs()->setCurrentIndex(t);
    QApplication::processEvents();
    REQUIRE(editor->isVisible());

    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(editor);
    REQUIRE(table);
    CHECK(table->role() == QAccessible::Table);
    CHECK(table->text(QAccessible::Name) == QStringLiteral("Risk matrix"));
    const RiskMatrix &matrix = editor->matrix();
    const int cells = matrix.probabilitySteps() * matrix.consequenceSteps();
    REQUIRE(editor->markerCount() > 0);
    REQUIRE(table->childCount() == cells + editor->markerCount());

    // The first child is the top-left cell: the highest probability, the lowest consequence.
    QAccessibleInterface *topLeft = table->child(0);
    REQUIRE(topLeft);
    CHECK(topLeft->role() == QAccessible::Cell);
    const QString topLeftName = topLeft->text(QAccessible::Name);
    CHECK(topLeftName.startsWith(QStringLiteral("Probability %1, consequence 1: ").arg(matrix.probabilitySteps())));
    CHECK(table->indexOfChild(topLeft) == 0);
    CHECK(topLeft->parent() == table);
    CHECK(topLeft->rect().contains(editor->mapToGlobal(editor->cellRect(matrix.probabilitySteps(), 1).center())));
    REQUIRE(table->tableInterface());
    CHECK(table->tableInterface()->rowCount() == matrix.probabilitySteps());
    CHECK(table->tableInterface()->cellAt(0, 0) == topLeft);
    // Every cell names its level.
    const QStringList levels{choiceLabel(QStringLiteral("risk_level"), QStringLiteral("acceptable")),
                             choiceLabel(QStringLiteral("risk_level"), QStringLiteral("assess")),
                             choiceLabel(QStringLiteral("risk_level"), QStringLiteral("unacceptable"))};
    std::set<QString> names;
    for (int i = 0; i < cells; ++i) {
        QAccessibleInterface *cell = table->child(i);
        REQUIRE(cell);
        CHECK(cell->role() == QAccessible::Cell);
        const QString name = cell->text(QAccessible::Name);
        INFO(name.toStdString());
        CHECK(std::any_of(levels.begin(), levels.end(), [&](const QString &level) { return name.endsWith(level); }));
        names.insert(name);
    }
    CHECK(int(names.size()) == cells);

    // The risks follow, each with its name and place.
    QAccessibleInterface *first = table->child(cells);
    REQUIRE(first);
    CHECK(first->role() == QAccessible::ListItem);
    const QString firstName = first->text(QAccessible::Name);
    INFO(firstName.toStdString());
    CHECK(firstName.startsWith(QStringLiteral("Risk ")));
    CHECK(firstName.contains(QStringLiteral("probability ")));
    CHECK(firstName.contains(QStringLiteral(", consequence ")));
    CHECK(first->rect().contains(editor->mapToGlobal(editor->markerRect(0).center())));

    // Selecting a risk and moving it with the keyboard: the new place is read out.
    const QAccessible::UpdateHandler before = QAccessible::installUpdateHandler(recordEvent);
    demo.window.activateWindow(); // on a real display, keys go to the active window's focus
    CHECK(QTest::qWaitForWindowActive(&demo.window));
    editor->setFocus();
    REQUIRE(editor->hasFocus());
    QTest::keyClick(editor, Qt::Key_PageDown);
    const int selected = editor->selectedMarker();
    REQUIRE(selected >= 0);
    QAccessibleInterface *risk = table->child(cells + selected);
    CHECK(risk->state().selected);
    const QString riskId = editor->selectedRisk();
    const QString name = risk->text(QAccessible::Name);
    const bool canGoUp = editor->markerName(selected).contains(QStringLiteral("probability 1,"));
    g_events.clear();
    QTest::keyClick(editor, canGoUp ? Qt::Key_Up : Qt::Key_Down);
    QAccessible::installUpdateHandler(before);
    CHECK(editor->selectedRisk() == riskId);
    QAccessibleInterface *moved = table->child(cells + editor->selectedMarker());
    CHECK(moved->text(QAccessible::Name) != name);
    // What is read out: the matrix's value is the moved risk's new place.
    CHECK(table->text(QAccessible::Value) == moved->text(QAccessible::Name));
    // Qt delivers events only while a screen reader listens (never on the offscreen platform; run
    // under AT-SPI with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 on xcb to check them).
    if (QAccessible::isActive()) {
        CHECK(sent(QAccessible::NameChanged, cells + editor->selectedMarker()));
        CHECK(sent(QAccessible::Focus, cells + editor->selectedMarker()));
    } else {
        WARN("QAccessible is not active on this platform: the events are not checked");
    }
}

TEST_CASE("the matrix settings name every input, and the level grid works from the keyboard", "[gui][a11y][risk]")
{
    OpenDemo demo;
    const EditContext context{demo.view->file(), demo.view->undoStack(), demo.view->year()};
    RiskMatrixSettingsDialog dialog(context, &demo.window);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const QStringList problems = unnamedFocusable(dialog);
    for (const QString &p : problems)
        UNSCOPED_INFO(p.toStdString());
    CHECK(problems.isEmpty());

    MatrixLevelGrid *grid = dialog.levelGrid();
    REQUIRE(grid);
    CHECK(grid->focusPolicy() & Qt::TabFocus);
    dialog.activateWindow();
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_Right);
    QTest::keyClick(grid, Qt::Key_Up);
    CHECK(grid->currentCell() == std::make_pair(2, 2));
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(grid);
    REQUIRE(table);
    CHECK(table->role() == QAccessible::Table);
    CHECK(table->childCount() == grid->matrix().probabilitySteps() * grid->matrix().consequenceSteps());
    if (grid->hasFocus()) {
        QAccessibleInterface *current = table->focusChild();
        REQUIRE(current);
        CHECK(current->text(QAccessible::Name).startsWith(QStringLiteral("Probability 2, consequence 2: ")));
    }
    const RiskMatrix::Level before = RiskMatrix::load(*demo.view->file()).level(2, 2);
    const int steps = demo.view->undoStack()->count();
    QTest::keyClick(grid, Qt::Key_Space);
    CHECK(RiskMatrix::load(*demo.view->file()).level(2, 2) == RiskMatrix::Level((int(before) + 1) % 3));
    CHECK(demo.view->undoStack()->count() == steps + 1);
    // The cell's name says its new level.
    const int index = (grid->matrix().probabilitySteps() - 2) * grid->matrix().consequenceSteps() + 1;
    CHECK(table->child(index)->text(QAccessible::Name)
          == accessibleCellName(RiskMatrix::load(*demo.view->file()), 2, 2));
}
