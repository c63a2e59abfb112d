// Copy and paste between the registers and a spreadsheet, and Find in Year, driven through the
// real widgets (offscreen) in bokmål, as a coordinator moving last year's sheet over would.

#include "guitestsupport.h"

#include "core/exchange/tabseparated.h"
#include "core/review/demounit.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"
#include "ui/pages/phasenames.h"
#include "ui/records/dateformat.h"
#include "ui/records/fieldlabels.h"
#include "ui/shell/findinyeardialog.h"
#include "ui/shell/language.h"

#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ik;
using namespace ik::ui;

namespace {

// The demo open in the main window, the program in bokmål.
struct OpenDemo
{
    QTemporaryDir dir;
    MainWindow window;
    UnitView *view = nullptr;

    OpenDemo()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("InternkontrollTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_clipboard"));
        installTranslations(QStringLiteral("nb"));
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        QString error;
        DemoOptions options;
        options.year = 2026;
        options.asOf = QDate(2026, 11, 1);
        REQUIRE(createDemo(path, options, &error));
        view = iktest::openInWindow(window, path);
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
    ~OpenDemo() { installTranslations(QStringLiteral("en")); }
};

// The view's columns as shown, by field (the hidden ones left out, as copy and paste leave them).
QStringList shownFields(TableEditor *editor)
{
    QStringList fields;
    const QHeaderView *header = editor->view()->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual)
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            fields << editor->model()->columnName(header->logicalIndex(visual));
    return fields;
}

// Every column of the register shown, as the header's menu does: the table keeps a few beside
// the record's form, and a whole row from a spreadsheet is pasted into all of them.
TableEditor *withEveryColumn(TableEditor *editor)
{
    QHeaderView *header = editor->view()->horizontalHeader();
    for (int i = 0; i < header->count(); ++i)
        header->showSection(i);
    QApplication::processEvents();
    return editor;
}

QModelIndex cell(TableEditor *editor, int row, const QString &column)
{
    const int c = editor->model()->columnOf(column);
    REQUIRE(c >= 0);
    return editor->proxy()->index(row, c);
}

void select(TableEditor *editor, const QModelIndex &from, const QModelIndex &to)
{
    editor->view()->setFocus();
    editor->view()->setCurrentIndex(from);
    editor->view()->selectionModel()->select(QItemSelection(from, to), QItemSelectionModel::ClearAndSelect);
}

QString errorShown(TableEditor *editor)
{
    auto *label = editor->findChild<QLabel *>(QStringLiteral("editError"));
    REQUIRE(label);
    return label->isVisible() ? label->text() : QString();
}

QString raw(TableEditor *editor, int row, const QString &column)
{
    return cell(editor, row, column).data(RecordModel::RawRole).toString();
}

// Presses a shortcut on the focused register, as a person would.
void press(TableEditor *editor, QKeySequence::StandardKey key)
{
    const QKeyCombination combination = QKeySequence(key)[0];
    QTest::keyClick(editor->view(), combination.key(), combination.keyboardModifiers());
    QApplication::processEvents();
}

} // namespace

TEST_CASE("Ctrl+C copies the selected cells as a spreadsheet reads them, headings with whole rows", "[clipboard]")
{
    OpenDemo demo;
    TableEditor *deviations = withEveryColumn(iktest::showEditor(demo.view, QStringLiteral("map"), QStringLiteral("deviation")));
    REQUIRE(deviations->model()->rowCount() >= 2);
    const QStringList fields = shownFields(deviations);
    REQUIRE(fields.indexOf(QStringLiteral("reported_on")) + 1 == fields.indexOf(QStringLiteral("category")));

    // Two rows of Reported on and Category: the date as the table shows it in bokmål, the label.
    select(deviations, cell(deviations, 0, QStringLiteral("reported_on")), cell(deviations, 1, QStringLiteral("category")));
    press(deviations, QKeySequence::Copy);
    const QString date = raw(deviations, 0, QStringLiteral("reported_on"));
    const QString expected = tsv::write({{displayDate(date), choiceLabel(QStringLiteral("deviation_category"), raw(deviations, 0, QStringLiteral("category")))},
                                         {displayDate(raw(deviations, 1, QStringLiteral("reported_on"))),
                                          choiceLabel(QStringLiteral("deviation_category"), raw(deviations, 1, QStringLiteral("category")))}});
    const QString copied = QApplication::clipboard()->text();
    CHECK(copied == expected);
    CHECK(copied.startsWith(QDate::fromString(date, Qt::ISODate).toString(QStringLiteral("dd.MM.yyyy")) + QLatin1Char('\t')));
    CHECK(!copied.contains(date)); // no ISO date
    CHECK(QApplication::clipboard()->mimeData()->hasHtml());
    CHECK(QApplication::clipboard()->mimeData()->html().contains(QStringLiteral("<td>")));

    // A whole row comes with the headings, a long text whole, quoted the way Excel does.
    QString error;
    UnitFile &file = *demo.view->file();
    REQUIRE(file.update(QStringLiteral("deviation"), deviations->currentId(),
                        {{QStringLiteral("description"), QStringLiteral("Første linje\nAndre \"linje\"")}}, &error));
    QApplication::processEvents();
    // As a click on the row's number selects it.
    deviations->view()->selectionModel()->select(deviations->proxy()->index(0, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    press(deviations, QKeySequence::Copy);
    const QList<QStringList> rows = tsv::parse(QApplication::clipboard()->text());
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].value(fields.indexOf(QStringLiteral("title"))) == fieldLabel(deviations->model()->table(), QStringLiteral("title")));
    CHECK(rows[1].value(fields.indexOf(QStringLiteral("description"))) == QStringLiteral("Første linje\nAndre \"linje\""));
    CHECK(QApplication::clipboard()->text().contains(QStringLiteral("\"Første linje\nAndre \"\"linje\"\"\"")));

    // A text field with the focus keeps its own Ctrl+C and Ctrl+V.
    auto *find = deviations->findChild<QLineEdit *>(QStringLiteral("find_deviation"));
    REQUIRE(find);
    find->setFocus();
    QTest::keyClicks(find, QStringLiteral("kjemikalier"));
    find->selectAll();
    QTest::keyClick(find, Qt::Key_C, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text() == QStringLiteral("kjemikalier"));
    QTest::keyClick(find, Qt::Key_End);
    QTest::keyClick(find, Qt::Key_V, Qt::ControlModifier);
    CHECK(find->text() == QStringLiteral("kjemikalierkjemikalier"));
}

TEST_CASE("Ctrl+V of rows from Excel fills and adds deviations as one undo step, all or nothing", "[clipboard]")
{
    OpenDemo demo;
    UnitFile &file = *demo.view->file();
    TableEditor *deviations = withEveryColumn(iktest::showEditor(demo.view, QStringLiteral("map"), QStringLiteral("deviation")));
    RecordModel *model = deviations->model();
    const QStringList fields = shownFields(deviations);
    // The columns the rows are pasted into, as the register shows them.
    REQUIRE(fields.mid(0, 10) == QStringList({QStringLiteral("case_number"), QStringLiteral("reported_on"), QStringLiteral("category"),
                                               QStringLiteral("severity"), QStringLiteral("title"), QStringLiteral("description"),
                                               QStringLiteral("location"), QStringLiteral("status"), QStringLiteral("closed_on"),
                                               QStringLiteral("action_id")}));
    const QString actionTitle = QStringLiteral("Tiltak mot «Fall på glatt eller ulendt underlag»");
    RecordFilter byTitle = RecordFilter::ofYear(2026);
    byTitle.equals.insert(QStringLiteral("title"), actionTitle);
    const QList<Record> actions = file.records(QStringLiteral("action"), byTitle);
    REQUIRE(actions.size() == 1);

    // Three rows as Excel copies them (CRLF, a cell over two lines quoted), in bokmål: the first
    // lands on the last deviation of the register, the two others are new.
    const QString sheet = QStringLiteral(
        "AV-2026-901\t02.03.2026\tNestenulykke\tHøy\tGlatt gulv ved inngangen\t\"Vann fra paraplyer.\nMatten mangler.\"\tInngang A\tÅpen\t\t%1\r\n"
        "AV-2026-902\t05.03.2026\tFarlig forhold\tHøy\tLøs kabel i korridor\t\tKorridor 2\tLukket\t2026-03-20\t\r\n"
        "AV-2026-903\t2026-03-09\tnear_miss\tlow\tDør som smeller igjen\t\t\t\t\t\r\n")
                              .arg(actionTitle);
    const int lastRow = model->rowCount() - 1;
    while (model->canFetchMore({}))
        model->fetchMore({});
    const int last = model->rowCount() - 1;
    REQUIRE(last == lastRow); // the demo's year fits one page
    const QString lastId = model->recordId(last);
    const Record before = *file.record(QStringLiteral("deviation"), lastId);
    const int count = file.count(QStringLiteral("deviation"));
    const int steps = demo.view->undoStack()->count();

    // A bad cell first: a date that does not exist. Nothing is written; the message says where.
    QString bad = sheet;
    bad.replace(QStringLiteral("05.03.2026"), QStringLiteral("31.02.2026"));
    QApplication::clipboard()->setText(bad);
    select(deviations, cell(deviations, last, QStringLiteral("case_number")), cell(deviations, last, QStringLiteral("case_number")));
    press(deviations, QKeySequence::Paste);
    const QString message = errorShown(deviations);
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("31.02.2026")));
    CHECK(message.contains(fieldLabel(model->table(), QStringLiteral("reported_on"))));
    CHECK(message.contains(QStringLiteral(" 2"))); // the second line of the pasted text
    CHECK(file.count(QStringLiteral("deviation")) == count);
    CHECK(*file.record(QStringLiteral("deviation"), lastId) == before);
    CHECK(demo.view->undoStack()->count() == steps);

    // The good rows.
    QApplication::clipboard()->setText(sheet);
    press(deviations, QKeySequence::Paste);
    INFO(errorShown(deviations).toStdString());
    CHECK(errorShown(deviations).isEmpty());
    CHECK(file.count(QStringLiteral("deviation")) == count + 2);
    const Record changed = *file.record(QStringLiteral("deviation"), lastId);
    CHECK(changed.value(QStringLiteral("case_number")).toString() == QStringLiteral("AV-2026-901"));
    CHECK(changed.value(QStringLiteral("reported_on")).toString() == QStringLiteral("2026-03-02"));
    CHECK(changed.value(QStringLiteral("category")).toString() == QStringLiteral("near_miss"));
    CHECK(changed.value(QStringLiteral("severity")).toString() == QStringLiteral("high"));
    CHECK(changed.value(QStringLiteral("description")).toString() == QStringLiteral("Vann fra paraplyer.\nMatten mangler."));
    CHECK(changed.value(QStringLiteral("status")).toString() == QStringLiteral("open"));
    CHECK(changed.value(QStringLiteral("action_id")).toString() == actions.first().value(QStringLiteral("id")).toString());
    REQUIRE(model->rowCount() == last + 3);
    CHECK(raw(deviations, last + 1, QStringLiteral("case_number")) == QStringLiteral("AV-2026-902"));
    CHECK(raw(deviations, last + 1, QStringLiteral("category")) == QStringLiteral("hazard"));
    CHECK(raw(deviations, last + 1, QStringLiteral("status")) == QStringLiteral("closed"));
    CHECK(raw(deviations, last + 1, QStringLiteral("closed_on")) == QStringLiteral("2026-03-20"));
    CHECK(raw(deviations, last + 2, QStringLiteral("title")) == QStringLiteral("Dør som smeller igjen"));
    CHECK(raw(deviations, last + 2, QStringLiteral("severity")) == QStringLiteral("low"));
    // One step, named for what it did.
    CHECK(demo.view->undoStack()->count() == steps + 1);
    CHECK(demo.view->undoStack()->undoText() == QStringLiteral("Lim inn 3 rader"));

    // Undo takes the whole paste back; Redo puts it all back.
    QAction *undo = iktest::actionWith(demo.window, QKeySequence::Undo);
    QAction *redo = iktest::actionWith(demo.window, QKeySequence::Redo);
    REQUIRE(undo);
    REQUIRE(redo);
    undo->trigger();
    QApplication::processEvents();
    CHECK(file.count(QStringLiteral("deviation")) == count);
    CHECK(file.record(QStringLiteral("deviation"), lastId)->value(QStringLiteral("title")) == before.value(QStringLiteral("title")));
    CHECK(file.record(QStringLiteral("deviation"), lastId)->value(QStringLiteral("case_number")) == before.value(QStringLiteral("case_number")));
    redo->trigger();
    QApplication::processEvents();
    CHECK(file.count(QStringLiteral("deviation")) == count + 2);
    CHECK(file.record(QStringLiteral("deviation"), lastId)->value(QStringLiteral("title")).toString() == QStringLiteral("Glatt gulv ved inngangen"));

    // A person by name and a Norwegian date, pasted onto an action's Responsible and Deadline.
    TableEditor *plan = withEveryColumn(iktest::showEditor(demo.view, QStringLiteral("plan"), QStringLiteral("action")));
    const QStringList actionFields = shownFields(plan);
    REQUIRE(actionFields.indexOf(QStringLiteral("responsible_id")) + 1 == actionFields.indexOf(QStringLiteral("deadline")));
    RecordFilter named;
    named.equals.insert(QStringLiteral("name"), QStringLiteral("Even Sæther"));
    const QList<Record> people = file.records(QStringLiteral("person"), named);
    REQUIRE(people.size() == 1);
    QApplication::clipboard()->setText(QStringLiteral("Even Sæther\t15.12.2026\r\n"));
    select(plan, cell(plan, 0, QStringLiteral("responsible_id")), cell(plan, 0, QStringLiteral("responsible_id")));
    press(plan, QKeySequence::Paste);
    INFO(errorShown(plan).toStdString());
    CHECK(raw(plan, 0, QStringLiteral("responsible_id")) == people.first().value(QStringLiteral("id")).toString());
    CHECK(raw(plan, 0, QStringLiteral("deadline")) == QStringLiteral("2026-12-15"));
    CHECK(demo.view->undoStack()->undoText() == QStringLiteral("Lim inn 1 rad"));
}

TEST_CASE("Cut copies and empties the cells that may be empty, in one step; a locked year takes no paste", "[clipboard]")
{
    OpenDemo demo;
    UnitFile &file = *demo.view->file();
    TableEditor *deviations = withEveryColumn(iktest::showEditor(demo.view, QStringLiteral("map"), QStringLiteral("deviation")));
    QString error;
    const QString id = deviations->model()->recordId(0);
    REQUIRE(file.update(QStringLiteral("deviation"), id, {{QStringLiteral("location"), QStringLiteral("Lab 3")}}, &error));
    QApplication::processEvents();
    const QString title = raw(deviations, 0, QStringLiteral("title"));
    // Title (required) and Description and Location: the title stays.
    select(deviations, cell(deviations, 0, QStringLiteral("title")), cell(deviations, 0, QStringLiteral("location")));
    const int steps = demo.view->undoStack()->count();
    press(deviations, QKeySequence::Cut);
    CHECK(QApplication::clipboard()->text().startsWith(title + QLatin1Char('\t')));
    CHECK(QApplication::clipboard()->text().contains(QStringLiteral("Lab 3")));
    CHECK(file.record(QStringLiteral("deviation"), id)->value(QStringLiteral("title")).toString() == title);
    CHECK(file.record(QStringLiteral("deviation"), id)->value(QStringLiteral("location")).isNull());
    CHECK(demo.view->undoStack()->count() == steps + 1);
    demo.view->undoStack()->undo();
    CHECK(file.record(QStringLiteral("deviation"), id)->value(QStringLiteral("location")).toString() == QStringLiteral("Lab 3"));

    // The year locked: the paste is refused, as any edit is.
    REQUIRE(file.update(QStringLiteral("review_year"), file.records(QStringLiteral("review_year"), {}).last().value(QStringLiteral("id")).toString(),
                        {{QStringLiteral("locked"), 1}}, &error));
    QApplication::processEvents();
    REQUIRE(file.isYearLocked(2026));
    const int count = file.count(QStringLiteral("deviation"));
    QApplication::clipboard()->setText(QStringLiteral("AV-9\t01.01.2026\r\n"));
    select(deviations, cell(deviations, 0, QStringLiteral("case_number")), cell(deviations, 0, QStringLiteral("case_number")));
    press(deviations, QKeySequence::Paste);
    CHECK(errorShown(deviations).contains(QStringLiteral("2026")));
    CHECK(file.count(QStringLiteral("deviation")) == count);
}

TEST_CASE("Select All copies the register with its headings; one cell pasted onto a block fills it", "[clipboard]")
{
    OpenDemo demo;
    UnitFile &file = *demo.view->file();
    TableEditor *deviations = withEveryColumn(iktest::showEditor(demo.view, QStringLiteral("map"), QStringLiteral("deviation")));
    RecordModel *model = deviations->model();
    deviations->view()->setFocus();
    press(deviations, QKeySequence::SelectAll);
    press(deviations, QKeySequence::Copy);
    const QList<QStringList> rows = tsv::parse(QApplication::clipboard()->text());
    REQUIRE(rows.size() == model->rowCount() + 1);
    CHECK(rows.first().contains(fieldLabel(model->table(), QStringLiteral("case_number"))));
    CHECK(rows.last().contains(raw(deviations, model->rowCount() - 1, QStringLiteral("case_number"))));

    // Pasted back where it came from, headings and all: every value reads back as it was, so
    // nothing changes and no step is made.
    const int before = demo.view->undoStack()->count();
    select(deviations, deviations->proxy()->index(0, 0), deviations->proxy()->index(0, 0));
    press(deviations, QKeySequence::Paste);
    INFO(errorShown(deviations).toStdString());
    CHECK(errorShown(deviations).isEmpty());
    CHECK(demo.view->undoStack()->count() == before);
    CHECK(model->rowCount() == rows.size() - 1);

    // "Lukket" onto the Status of the first three rows, the program in English (a choice's
    // label is read in either language): all three closed, in one step.
    installTranslations(QStringLiteral("en"));
    QApplication::clipboard()->setText(QStringLiteral("Lukket\r\n"));
    select(deviations, cell(deviations, 0, QStringLiteral("status")), cell(deviations, 2, QStringLiteral("status")));
    const int steps = demo.view->undoStack()->count();
    press(deviations, QKeySequence::Paste);
    INFO(errorShown(deviations).toStdString());
    for (int row = 0; row < 3; ++row)
        CHECK(file.record(QStringLiteral("deviation"), model->recordId(row))->value(QStringLiteral("status")).toString() == QStringLiteral("closed"));
    CHECK(demo.view->undoStack()->count() == steps + 1);
    CHECK(demo.view->undoStack()->undoText() == QStringLiteral("Paste 3 rows"));
}

TEST_CASE("Every register copied whole and pasted back onto itself reads back as it was", "[clipboard]")
{
    // The values a copy shows (names, labels, local dates, numbers as shown) are what a paste
    // reads: a round trip changes nothing, in any register of any page.
    OpenDemo demo;
    int registers = 0;
    for (const QString &phase : pageKeys()) {
        PhasePage *page = demo.view->phasePage(phase);
        if (!page)
            continue;
        demo.view->showPage(int(pageKeys().indexOf(phase)));
        for (TableEditor *editor : page->findChildren<TableEditor *>()) {
            page->showTabOf(editor);
            QApplication::processEvents();
            if (editor->model()->rowCount() == 0 || editor->proxy()->isReadOnly())
                continue;
            INFO(editor->model()->table().name.toStdString());
            editor->view()->setFocus();
            press(editor, QKeySequence::SelectAll);
            press(editor, QKeySequence::Copy);
            const int steps = demo.view->undoStack()->count();
            select(editor, editor->proxy()->index(0, 0), editor->proxy()->index(0, 0));
            press(editor, QKeySequence::Paste);
            CHECK(errorShown(editor).toStdString() == std::string());
            if (demo.view->undoStack()->count() != steps) {
                CHECK(demo.view->undoStack()->count() == steps);
                CHECK(demo.view->undoStack()->undoText().toStdString() == std::string());
                demo.view->undoStack()->undo();
            }
            ++registers;
        }
    }
    CHECK(registers >= 15);
}

TEST_CASE("Find in Year lists matches from every register and goes to the one chosen", "[clipboard][findyear]")
{
    OpenDemo demo;
    QAction *open = demo.window.findChild<QAction *>(QStringLiteral("findInYearAction"));
    REQUIRE(open);
    CHECK(open->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    open->trigger();
    QApplication::processEvents();
    auto *dialog = demo.window.findChild<FindInYearDialog *>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    QTest::keyClicks(dialog->searchField(), QStringLiteral("GLATT"));
    QTRY_VERIFY(dialog->results()->topLevelItemCount() > 0);
    QTreeWidget *results = dialog->results();
    QSet<QString> registers;
    QTreeWidgetItem *action = nullptr;
    for (int i = 0; i < results->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = results->topLevelItem(i);
        registers.insert(item->data(0, FindInYearDialog::TableRole).toString());
        CHECK(item->text(3).contains(QStringLiteral("glatt"), Qt::CaseInsensitive));
        if (!action && item->data(0, FindInYearDialog::TableRole).toString() == QLatin1String("action"))
            action = item;
    }
    CHECK(registers.size() >= 2);
    CHECK(registers.contains(QStringLiteral("deviation")));
    REQUIRE(action);
    CHECK(action->text(0) == tableLabel(*schema::table(QStringLiteral("action"))));
    CHECK(action->text(1).contains(QStringLiteral("glatt")));

    // Enter in the field goes to the chosen match: its page, its tab, its row.
    results->setCurrentItem(action);
    QTest::keyClick(dialog->searchField(), Qt::Key_Return);
    QApplication::processEvents();
    CHECK(demo.view->currentPage() == pageKeys().indexOf(QStringLiteral("plan")));
    TableEditor *plan = demo.view->phasePage(QStringLiteral("plan"))->editor(QStringLiteral("action"));
    REQUIRE(plan);
    CHECK(plan->isVisible());
    CHECK(plan->currentId() == action->data(0, FindInYearDialog::IdRole).toString());
}
