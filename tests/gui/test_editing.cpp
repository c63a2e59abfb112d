// Everyday entry in the tables, driven through the real widgets (offscreen): what a person's
// habits (Tab through a row, Delete in a date) write to the file.

#include "guitestsupport.h"

#include "core/exchange/sheetexport.h"
#include "core/review/demounit.h"
#include "core/review/latestart.h"
#include "core/store/labels.h"
#include "core/store/schema.h"
#include "ui/records/importdialog.h"
#include "ui/records/undocommands.h"
#include "core/store/unitfile.h"
#include "ui/pages/phasenames.h"
#include "ui/pages/checklisteditor.h"
#include "ui/pages/phasepage.h"
#include "ui/pages/reporttextseditor.h"
#include "ui/records/dateformat.h"
#include "ui/records/optionaldateedit.h"
#include "ui/records/recordmodel.h"
#include "ui/records/tableeditor.h"
#include "ui/shell/language.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/unitview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QPushButton>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ik;
using namespace ik::ui;

namespace {

using iktest::OpenDemo;

// The first open deviation of the year without a closing date, and the index of its closed_on cell.
QModelIndex openDeviationClosedOn(TableEditor *editor, QString *id)
{
    RecordModel *model = editor->model();
    const int column = model->columnOf(QStringLiteral("closed_on"));
    REQUIRE(column >= 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex cell = model->index(row, column);
        if (cell.data(RecordModel::RawRole).isNull()) {
            *id = cell.data(RecordModel::IdRole).toString();
            return editor->proxy()->mapFromSource(cell);
        }
    }
    FAIL("no deviation without a closing date");
    return {};
}

OptionalDateEdit *openDateEditor(QTableView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    view->setCurrentIndex(index);
    view->edit(index);
    QApplication::processEvents();
    auto *editor = qobject_cast<OptionalDateEdit *>(iktest::openEditor(view));
    REQUIRE(editor);
    return editor;
}

} // namespace

TEST_CASE("tabbing through an empty date writes nothing; a date typed is kept; Delete clears it", "[gui][editing]")
{
    OpenDemo demo;
    UnitFile &file = *demo.view->file();
    TableEditor *deviations = iktest::showEditor(demo.view, QStringLiteral("map"), QStringLiteral("deviation"));
    QString id;
    const QModelIndex cell = openDeviationClosedOn(deviations, &id);
    const auto closedOn = [&] { return file.record(QStringLiteral("deviation"), id)->value(QStringLiteral("closed_on")); };
    const auto changes = [&] {
        QSqlQuery q = file.select(QStringLiteral("SELECT count(*) FROM change_log WHERE record_id = ?"), {id});
        return q.next() ? q.value(0).toInt() : -1;
    };
    const int changesBefore = changes();

    // Tab through the empty cell: nothing is written, and the cell stays empty.
    OptionalDateEdit *editor = openDateEditor(deviations->view(), cell);
    CHECK(editor->isEmpty());
    CHECK(editor->text().trimmed().isEmpty());
    QTest::keyClick(editor, Qt::Key_Tab);
    QApplication::processEvents();
    CHECK(closedOn().isNull());
    CHECK(changes() == changesBefore);

    // A date set in the editor is written as an ISO date and shown in the locale's short form.
    editor = openDateEditor(deviations->view(), cell);
    editor->setDate(QDate(2026, 11, 30));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(closedOn().toString() == QStringLiteral("2026-11-30"));
    CHECK(cell.data(Qt::DisplayRole).toString() == displayDate(QDate(2026, 11, 30)));
    CHECK(displayDate(QDate(2026, 11, 30)).contains(QStringLiteral("2026")));
    // A moment (change log, comments, sign-off) reads the same way, with hours and minutes.
    const QDateTime moment(QDate(2026, 11, 30), QTime(9, 5));
    CHECK(displayDateTime(moment) == displayDate(QDate(2026, 11, 30)) + QStringLiteral(" 09:05"));

    // Delete with the whole date selected clears it.
    editor = openDateEditor(deviations->view(), cell);
    CHECK(editor->optionalDate() == QDate(2026, 11, 30));
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    CHECK(editor->isEmpty());
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(closedOn().isNull());
}

TEST_CASE("a date editor is wide enough for its date in a narrow column", "[gui][editing]")
{
    OpenDemo demo;
    TableEditor *deviations = iktest::showEditor(demo.view, QStringLiteral("map"), QStringLiteral("deviation"));
    QString id;
    const QModelIndex cell = openDeviationClosedOn(deviations, &id);
    deviations->view()->setColumnWidth(cell.column(), 30);
    OptionalDateEdit *editor = openDateEditor(deviations->view(), cell);
    editor->setDate(QDate(2026, 12, 24));
    CHECK(editor->width() >= editor->sizeHint().width());
    QTest::keyClick(editor, Qt::Key_Escape);
}

TEST_CASE("a unit file dropped on the window opens; a dropped web address does not", "[gui][editing]")
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    QString error;
    REQUIRE(createDemo(path, DemoOptions{}, &error));
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE_FALSE(window.unitView());
    const auto drop = [&](const QUrl &url) {
        QMimeData data;
        data.setUrls({url});
        const QPoint at = window.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QDropEvent dropped(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &dropped);
        for (int i = 0; i < 50 && !window.unitView(); ++i)
            QTest::qWait(20);
        return enter.isAccepted();
    };
    CHECK_FALSE(drop(QUrl(QStringLiteral("https://example.invalid/unit.db"))));
    CHECK_FALSE(window.unitView());
    CHECK(drop(QUrl::fromLocalFile(path)));
    REQUIRE(window.unitView());
    CHECK(window.unitView()->file()->path() == QFileInfo(path).absoluteFilePath());
}

TEST_CASE("every panel fits a 1280×720 and a 1366×768 screen beside every page", "[gui][editing]")
{
    OpenDemo demo;
    auto *comments = demo.window.findChild<QDockWidget *>(QStringLiteral("commentsDock"));
    auto *changeLog = demo.window.findChild<QDockWidget *>(QStringLiteral("changeLogDock"));
    REQUIRE(comments);
    REQUIRE(changeLog);
    for (QDockWidget *dock : {comments, changeLog}) {
        dock->show();
        for (int page = 0; page < demo.view->pageCount(); ++page) {
            demo.view->showPage(page);
            QApplication::processEvents();
            const QSize needed = demo.window.minimumSizeHint().expandedTo(demo.window.minimumSize());
            INFO(dock->objectName().toStdString() << " on page " << page << ": " << needed.width() << "×" << needed.height()
                                                  << " (page " << demo.view->minimumSizeHint().width() << ", dock "
                                                  << dock->minimumSizeHint().width() << ")");
            CHECK(needed.width() <= 1280);
            CHECK(needed.height() <= 720);
        }
        dock->hide();
    }
}

TEST_CASE("a checklist item marked done gets today as its completion date, in the same undo step", "[gui][editing]")
{
    OpenDemo demo;
    UnitFile &file = *demo.view->file();
    demo.view->showPage(int(pageKeys().indexOf(QStringLiteral("report"))));
    QApplication::processEvents();
    TableEditor *checklist = nullptr;
    for (TableEditor *e : demo.view->findChildren<TableEditor *>(QStringLiteral("checklist")))
        if (e->isVisible())
            checklist = e;
    REQUIRE(checklist);
    RecordModel *model = checklist->model();
    const int status = model->columnOf(QStringLiteral("status"));
    const int completed = model->columnOf(QStringLiteral("completed_on"));
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r)
        if (model->index(r, status).data(RecordModel::RawRole).toString() == QLatin1String("not_started")
            && model->index(r, completed).data(RecordModel::RawRole).isNull())
            row = r;
    REQUIRE(row >= 0);
    const QString id = model->index(row, status).data(RecordModel::IdRole).toString();
    REQUIRE(model->setData(model->index(row, status), QStringLiteral("done"), Qt::EditRole));
    const Record done = *file.record(QStringLiteral("checklist_item"), id);
    CHECK(done.value(QStringLiteral("status")).toString() == QStringLiteral("done"));
    CHECK(done.value(QStringLiteral("completed_on")).toString() == QDate::currentDate().toString(Qt::ISODate));
    // One Undo takes back both.
    demo.view->undoStack()->undo();
    const Record undone = *file.record(QStringLiteral("checklist_item"), id);
    CHECK(undone.value(QStringLiteral("status")).toString() == QStringLiteral("not_started"));
    CHECK(undone.value(QStringLiteral("completed_on")).isNull());
}

TEST_CASE("Make an action waits for a finding to be selected", "[gui][editing]")
{
    OpenDemo demo;
    TableEditor *rounds = iktest::showEditor(demo.view, QStringLiteral("follow_up"), QStringLiteral("inspection_round"));
    TableEditor *findings = demo.view->phasePage(QStringLiteral("follow_up"))->editor(QStringLiteral("inspection_finding"));
    REQUIRE(findings);
    auto *make = findings->findChild<QPushButton *>(QStringLiteral("makeAction"));
    REQUIRE(make);
    findings->view()->setCurrentIndex({});
    QApplication::processEvents();
    CHECK_FALSE(make->isEnabled());
    rounds->view()->setCurrentIndex(rounds->proxy()->index(0, 0));
    QApplication::processEvents();
    REQUIRE(findings->model()->rowCount() > 0);
    findings->view()->setCurrentIndex(findings->proxy()->index(0, 0));
    QApplication::processEvents();
    CHECK(make->isEnabled());
    const int actions = int(demo.view->file()->records(QStringLiteral("action")).size());
    QTest::mouseClick(make, Qt::LeftButton);
    QApplication::processEvents();
    CHECK(demo.view->file()->records(QStringLiteral("action")).size() == actions + 1);
    auto *error = findings->findChild<QLabel *>(QStringLiteral("editError"));
    REQUIRE(error);
    CHECK_FALSE(error->isVisible());
}

TEST_CASE("a comment on a checklist item names it in the program's language", "[gui][editing][i18n]")
{
    OpenDemo demo;
    UnitFile &file = *demo.view->file();
    const Record item = file.records(QStringLiteral("checklist_item"), RecordFilter::ofYear(demo.view->year())).first();
    QString error;
    REQUIRE_FALSE(file.insert(QStringLiteral("comment"), {{QStringLiteral("table_name"), QStringLiteral("checklist_item")},
                                                          {QStringLiteral("record_id"), item.value(QStringLiteral("id"))},
                                                          {QStringLiteral("author"), QStringLiteral("leder")},
                                                          {QStringLiteral("body"), QStringLiteral("Hvem gjør dette?")}},
                              &error)
                      .isEmpty());
    const auto shown = [&](const QString &language) {
        ik::ui::installTranslations(language);
        auto *dock = demo.window.findChild<QDockWidget *>(QStringLiteral("commentsDock"));
        REQUIRE(dock);
        dock->show();
        auto *list = demo.window.findChild<QTreeWidget *>(QStringLiteral("openComments"));
        REQUIRE(list);
        QMetaObject::invokeMethod(list->parent(), "refresh");
        QApplication::processEvents();
        REQUIRE(list->topLevelItemCount() > 0);
        return list->topLevelItem(0)->text(0);
    };
    CHECK(shown(QStringLiteral("nb")).contains(item.value(QStringLiteral("title_nb")).toString()));
    CHECK(shown(QStringLiteral("en")).contains(item.value(QStringLiteral("title_en")).toString()));
    CHECK(file.displayName(QStringLiteral("checklist_item"), item.value(QStringLiteral("id")).toString(), QStringLiteral("nb"))
          == item.value(QStringLiteral("title_nb")).toString());
    ik::ui::installTranslations(QStringLiteral("en")); // as the other tests expect
}

TEST_CASE("File → Import: the dialog guesses and takes corrections, remembers them, and the import is one undo step")
{
    OpenDemo demo;
    UnitFile &file = *demo.view->file();
    const QString table = QStringLiteral("action");
    const int before = file.count(table);
    const Record person = file.records(QStringLiteral("person")).first();
    // A coordinator's own sheet, headed in words no field has.
    const QByteArray sheet = QStringLiteral("Hva;Når;Hvem;Notat til meg selv\r\nRydde lageret;01.09.2026;%1;husk nøkler\r\n")
                                 .arg(person.value(QStringLiteral("name")).toString())
                                 .toUtf8();
    {
        ImportDialog dialog(file, table, sheet, demo.view->year());
        REQUIRE(dialog.isValid());
        for (int c = 0; c < 4; ++c)
            CHECK(dialog.fieldChooser(c)->currentData().toString().isEmpty());
        CHECK_FALSE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        const auto choose = [&](int column, const char *field) {
            QComboBox *chooser = dialog.fieldChooser(column);
            chooser->setCurrentIndex(chooser->findData(QString::fromLatin1(field)));
        };
        choose(0, "title");
        choose(1, "deadline");
        choose(2, "responsible_id");
        REQUIRE(dialog.plan());
        CHECK(dialog.plan()->inserts.size() == 1);
        CHECK(dialog.plan()->refused.isEmpty());
        CHECK(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.rememberMapping();
        ImportResult result;
        QString error;
        REQUIRE(importPlanAsOneStep(file, *demo.view->undoStack(), *dialog.plan(), nullptr, &result, &error));
        CHECK(file.count(table) == before + 1);
        const Record added = *file.record(table, result.added.first().second);
        CHECK(added.value(QStringLiteral("deadline")) == QStringLiteral("2026-09-01"));
        CHECK(added.value(QStringLiteral("responsible_id")) == person.value(QStringLiteral("id")));
        demo.view->undoStack()->undo();
        CHECK(file.count(table) == before);
    }
    // The same headers again: the mapping chosen last time.
    {
        ImportDialog dialog(file, table, sheet, demo.view->year());
        CHECK(dialog.mapping() == QStringList{QStringLiteral("title"), QStringLiteral("deadline"),
                                              QStringLiteral("responsible_id"), QString()});
    }
    // The program's own export, one cell changed: an update, which Undo takes back.
    SheetExportOptions options;
    options.language = QStringLiteral("en");
    QString error;
    const QByteArray xlsx = exportXlsx(file, {table}, options, &error);
    REQUIRE(!xlsx.isEmpty());
    const Record first = file.records(table).first();
    QByteArray csv = exportPeopleCsv(file, table, options, &error);
    const QByteArray title = first.value(QStringLiteral("title")).toString().toUtf8();
    const qsizetype at = csv.indexOf("\r\n" + title + ";"); // the first row (titles repeat)
    REQUIRE(at >= 0);
    csv.insert(at + 2 + title.size(), " (checked)");
    ImportDialog dialog(file, table, csv, demo.view->year());
    REQUIRE(dialog.plan());
    CHECK(dialog.plan()->updates.size() == 1);
    CHECK(dialog.plan()->inserts.isEmpty());
    CHECK(dialog.plan()->unchanged == before - 1);
    REQUIRE(importPlanAsOneStep(file, *demo.view->undoStack(), *dialog.plan(), nullptr, nullptr, &error));
    CHECK(file.record(table, first.value(QStringLiteral("id")).toString())->value(QStringLiteral("title")).toString()
          == QString::fromUtf8(title) + QStringLiteral(" (checked)"));
    demo.view->undoStack()->undo();
    CHECK(file.record(table, first.value(QStringLiteral("id")).toString())->value(QStringLiteral("title")) == first.value(QStringLiteral("title")));
    // A workbook: the dialog starts on the register's sheet.
    ImportDialog fromBook(file, table, exportXlsx(file, workbookTables(), options, &error), demo.view->year());
    REQUIRE(fromBook.isValid());
    CHECK(fromBook.sheetChooser()->currentText() == ik::tableLabel(*schema::table(table), QStringLiteral("en")));
    REQUIRE(fromBook.plan());
    CHECK(fromBook.plan()->writesNothing());

    // A risk register: a consequence per category is a field to choose, and an edited one is one
    // undo step with the rest.
    const QString risks = QStringLiteral("risk");
    options.year = demo.view->year();
    QByteArray register_ = exportPeopleCsv(file, risks, options, &error);
    const QList<QByteArray> lines = register_.split('\n');
    const QList<QByteArray> header = lines[0].trimmed().split(';');
    const qsizetype health = header.indexOf("Health before");
    REQUIRE(health >= 0);
    QList<QByteArray> cells = lines[1].split(';');
    const QString riskId = QString::fromUtf8(cells.last().trimmed());
    const QByteArray old = cells[health];
    cells[health] = old == "5" ? "4" : "5";
    QList<QByteArray> edited = lines;
    edited[1] = cells.join(';');
    ImportDialog riskDialog(file, risks, edited.join('\n'), demo.view->year());
    REQUIRE(riskDialog.fieldChooser(int(health)));
    CHECK(riskDialog.fieldChooser(int(health))->currentData().toString() == QStringLiteral("health_before"));
    CHECK(riskDialog.fieldChooser(int(health))->currentText() == QStringLiteral("Health before"));
    REQUIRE(riskDialog.plan());
    REQUIRE(riskDialog.plan()->updates.size() == 1);
    const auto healthOf = [&] {
        for (const Record &c : file.records(QStringLiteral("risk_consequence")))
            if (c.value(QStringLiteral("risk_id")).toString() == riskId && c.value(QStringLiteral("category")) == QStringLiteral("health"))
                return c.value(QStringLiteral("consequence_before")).toString();
        return QString();
    };
    REQUIRE(importPlanAsOneStep(file, *demo.view->undoStack(), *riskDialog.plan(), nullptr, nullptr, &error));
    CHECK(healthOf().toUtf8() == cells[health]);
    demo.view->undoStack()->undo();
    CHECK(healthOf().toUtf8() == old);
}

TEST_CASE("Ctrl+F finds in the register as one types, in its text and in the names it refers to", "[gui][editing]")
{
    OpenDemo demo;
    TableEditor *actions = iktest::showEditor(demo.view, QStringLiteral("plan"), QStringLiteral("action"));
    REQUIRE(actions);
    const int all = actions->model()->rowCount();
    REQUIRE(all > 5);
    actions->view()->setFocus();
    QTest::keySequence(actions->view(), QKeySequence::Find);
    auto *find = actions->findChild<QLineEdit *>(QStringLiteral("find_action"));
    REQUIRE(find);
    CHECK(find->hasFocus());
    // What a coordinator would count by hand: the year's actions whose title holds the word.
    const ik::UnitFile &file = *demo.view->file();
    const int year = demo.view->year();
    int byTitle = 0;
    for (const ik::Record &a : file.records(QStringLiteral("action"), ik::RecordFilter::ofYear(year)))
        byTitle += a.value(QStringLiteral("title")).toString().contains(QStringLiteral("tiltak mot"), Qt::CaseInsensitive)
                   || a.value(QStringLiteral("description")).toString().contains(QStringLiteral("tiltak mot"), Qt::CaseInsensitive);
    REQUIRE(byTitle > 0);
    QTest::keyClicks(find, QStringLiteral("TILTAK MOT")); // the demo's actions against its risks
    QTest::keyClick(find, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(actions->model()->rowCount() == byTitle);
    // A person's name finds the actions that person is responsible for.
    find->clear();
    const ik::Record first = file.records(QStringLiteral("action"), ik::RecordFilter::ofYear(year)).first();
    const QString person = file.displayName(QStringLiteral("person"), first.value(QStringLiteral("responsible_id")).toString());
    REQUIRE_FALSE(person.isEmpty());
    int responsible = 0;
    for (const ik::Record &a : file.records(QStringLiteral("action"), ik::RecordFilter::ofYear(year)))
        responsible += file.displayName(QStringLiteral("person"), a.value(QStringLiteral("responsible_id")).toString()) == person;
    find->setText(person); // typed as a whole: a name may hold letters a test cannot type as keys
    QTest::keyClick(find, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(actions->model()->rowCount() >= responsible);
    for (int row = 0; row < actions->model()->rowCount(); ++row) {
        const ik::Record r = actions->model()->record(row);
        CHECK((file.displayName(QStringLiteral("person"), r.value(QStringLiteral("responsible_id")).toString()) == person
               || r.value(QStringLiteral("title")).toString().contains(person)));
    }
    // A % is a character like any other; an empty search shows the whole register again.
    find->setText(QStringLiteral("100%"));
    QTest::keyClick(find, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(actions->model()->rowCount() == 0);
    find->clear();
    QTest::keyClick(find, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(actions->model()->rowCount() == all);
}

TEST_CASE("Enter on an overdue item of the Overview opens that record in its page", "[gui][editing]")
{
    OpenDemo demo;
    demo.view->showPage(0);
    QApplication::processEvents();
    auto *overdue = demo.window.findChild<QTreeWidget *>(QStringLiteral("overdueList"));
    REQUIRE(overdue);
    QStringList seen;
    for (int i = 0; i < overdue->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = overdue->topLevelItem(i);
        const QString table = item->data(0, Qt::UserRole).toString();
        if (seen.contains(table) || (table != QLatin1String("action") && table != QLatin1String("checklist_item")))
            continue;
        seen << table;
        INFO(table.toStdString());
        const QString id = item->data(0, Qt::UserRole + 1).toString();
        demo.view->showPage(0);
        overdue->setCurrentItem(item);
        overdue->setFocus();
        QTest::keyClick(overdue, Qt::Key_Return);
        QApplication::processEvents();
        const ik::Record row = *demo.view->file()->record(table, id);
        const QString phase = table == QLatin1String("action") ? QStringLiteral("plan") : row.value(QStringLiteral("phase")).toString();
        PhasePage *page = demo.view->phasePage(phase);
        REQUIRE(page);
        CHECK(page->isVisible());
        TableEditor *editor = table == QLatin1String("checklist_item") ? page->findChild<ChecklistEditor *>()->editor() : page->editor(table);
        REQUIRE(editor);
        CHECK(editor->isVisible());
        CHECK(editor->currentId() == id);
    }
    CHECK(seen.size() == 2);
}

TEST_CASE("A file made late in the year lists the template's passed deadlines as not started, and moves them in one step", "[gui][editing]")
{
    const QDate today = QDate::currentDate();
    if (today.dayOfYear() < 45 || today > QDate(today.year(), 12, 15)) {
        WARN("too early or too late in the year for a late start with room left");
        return;
    }
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sen.db"));
    UnitFile::NewUnit unit;
    unit.unitName = QStringLiteral("Sent startet enhet");
    unit.year = today.year();
    QString error;
    REQUIRE(UnitFile::create(path, unit, &error));
    MainWindow window;
    UnitView *view = iktest::openInWindow(window, path);
    view->showPage(0);
    QApplication::processEvents();

    const int late = int(itemsDueBeforeTheyWereMade(*view->file(), today.year()).size());
    REQUIRE(late > 0);
    auto *overdue = window.findChild<QTreeWidget *>(QStringLiteral("overdueList"));
    auto *notStarted = window.findChild<QTreeWidget *>(QStringLiteral("notStartedList"));
    auto *move = window.findChild<QPushButton *>(QStringLiteral("moveLateDeadlines"));
    REQUIRE(overdue);
    REQUIRE(notStarted);
    REQUIRE(move);
    // Not one red checklist item: they are listed as not started yet, with the offer above them.
    for (int i = 0; i < overdue->topLevelItemCount(); ++i)
        CHECK(overdue->topLevelItem(i)->data(0, Qt::UserRole).toString() != QLatin1String("checklist_item"));
    CHECK(notStarted->isVisible());
    CHECK(notStarted->topLevelItemCount() == late);
    CHECK(move->isVisible());
    REQUIRE(move->isEnabled());

    const auto deadlines = [&] {
        QMap<QString, QString> out;
        for (const Record &r : view->file()->records(QStringLiteral("checklist_item"), RecordFilter::ofYear(today.year())))
            out.insert(r.value(QStringLiteral("id")).toString(), r.value(QStringLiteral("due_date")).toString());
        return out;
    };
    const QMap<QString, QString> before = deadlines();
    QTest::mouseClick(move, Qt::LeftButton);
    QApplication::processEvents();
    const QMap<QString, QString> after = deadlines();
    int moved = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (it.value() == before.value(it.key()))
            continue;
        ++moved;
        const QDate due = QDate::fromString(it.value(), Qt::ISODate);
        CHECK(due >= today.addDays(7));
        CHECK(due <= QDate(today.year(), 12, 31));
    }
    CHECK(moved == late);
    CHECK_FALSE(notStarted->isVisible());
    CHECK_FALSE(move->isVisible());
    CHECK(itemsDueBeforeTheyWereMade(*view->file(), today.year()).isEmpty());

    // One step: Undo puts every deadline back.
    QAction *undo = iktest::actionWith(window, QKeySequence::Undo);
    REQUIRE(undo);
    CHECK(undo->text().contains(QString::number(late)));
    undo->trigger();
    QTest::qWait(200); // the page refreshes 50 ms after a change
    CHECK(deadlines() == before);
    CHECK(notStarted->topLevelItemCount() == late);
}

namespace {
// The Reporting page's texts, shown.
ReportTextsEditor *showReportTexts(UnitView *view)
{
    view->showPage(int(pageKeys().indexOf(QStringLiteral("report"))));
    PhasePage *page = view->phasePage(QStringLiteral("report"));
    auto *texts = page->findChild<ReportTextsEditor *>();
    REQUIRE(texts);
    for (int i = 0; i < page->tabs()->count(); ++i)
        if (page->tabs()->widget(i)->isAncestorOf(texts) || page->tabs()->widget(i) == texts)
            page->tabs()->setCurrentIndex(i);
    QApplication::processEvents();
    REQUIRE(texts->isVisible());
    return texts;
}

QStringList reportTexts(const UnitFile &file, int year, const QString &section)
{
    QStringList out;
    for (const Record &r : file.records(QStringLiteral("report_text"), RecordFilter::ofYear(year)))
        if (r.value(QStringLiteral("section")).toString() == section)
            out << r.value(QStringLiteral("body")).toString();
    return out;
}
} // namespace

TEST_CASE("report texts are written like a document: typed, saved on leaving, one undo step", "[gui][report-texts]")
{
    OpenDemo demo;
    UnitFile &file = *demo.view->file();
    const int year = demo.view->year();
    ReportTextsEditor *texts = showReportTexts(demo.view);
    // Every section in report order, each its own editor; no table, no pop-up.
    QStringList order;
    for (QPlainTextEdit *e : texts->findChildren<QPlainTextEdit *>())
        order << e->objectName();
    CHECK(order == QStringList{QStringLiteral("text_ra3a"), QStringLiteral("text_ra3b"), QStringLiteral("text_ra3c"),
                               QStringLiteral("text_ra3d"), QStringLiteral("text_ra3e"), QStringLiteral("text_ra1")});
    CHECK(texts->findChildren<QTableView *>().isEmpty());
    // Beside each: what the report prints for it.
    auto *figures = texts->findChild<QLabel *>(QStringLiteral("figures_ra3a"));
    REQUIRE(figures);
    CHECK(figures->text().startsWith(QStringLiteral("Goals: ")));
    // Above each: the guidance the checklist gives for it (its clause of "Write the texts…").
    auto *guidance = texts->findChild<QLabel *>(QStringLiteral("guidance_ra3d"));
    REQUIRE(guidance);
    CHECK(guidance->text() == QStringLiteral("Guidance: What the occupational health service did at the unit."));
    CHECK(texts->findChild<QLabel *>(QStringLiteral("guidance_ra3e"))->text()
          == QStringLiteral("Guidance: Audits and inspections carried out by authorities or other external bodies."));

    // RA-3 b is not in the demo file yet: typing in it adds it.
    REQUIRE(reportTexts(file, year, QStringLiteral("ra3b")).isEmpty());
    QPlainTextEdit *b = texts->editor(QStringLiteral("ra3b"));
    REQUIRE(b);
    CHECK_FALSE(b->isReadOnly());
    const int steps = demo.view->undoStack()->count();
    b->setFocus();
    QTest::mouseClick(b->viewport(), Qt::LeftButton, {}, QPoint(10, 10));
    QTest::keyClicks(b, QStringLiteral("Inneklima og støy i verkstedet."));
    QTest::keyClick(b, Qt::Key_Return);
    QTest::keyClicks(b, QStringLiteral("Andre linje."));
    CHECK(reportTexts(file, year, QStringLiteral("ra3b")).isEmpty()); // not per keystroke
    texts->editor(QStringLiteral("ra3c"))->setFocus();                 // leaving it saves
    QApplication::processEvents();
    CHECK(reportTexts(file, year, QStringLiteral("ra3b"))
          == QStringList{QStringLiteral("Inneklima og støy i verkstedet.\nAndre linje.")});
    CHECK(demo.view->undoStack()->count() == steps + 1);

    // A click puts the cursor where it lands, not at the start.
    b->setFocus();
    QTextCursor at(b->document());
    at.setPosition(8);
    const QRect eighth = b->cursorRect(at);
    QTest::mouseClick(b->viewport(), Qt::LeftButton, {}, QPoint(eighth.left() + 1, eighth.center().y()));
    CHECK(b->textCursor().position() == 8);
    texts->editor(QStringLiteral("ra3c"))->setFocus();
    QApplication::processEvents();
    CHECK(demo.view->undoStack()->count() == steps + 1); // a click alone saves nothing

    // Undo (the Edit menu's) takes the text back, and the editor follows; Redo brings it again.
    QAction *undo = iktest::actionWith(demo.window, QKeySequence::Undo);
    REQUIRE(undo);
    undo->trigger();
    QTest::qWait(120);
    CHECK(reportTexts(file, year, QStringLiteral("ra3b")).isEmpty());
    CHECK(b->toPlainText().isEmpty());
    iktest::actionWith(demo.window, QKeySequence::Redo)->trigger();
    QTest::qWait(120);
    CHECK(b->toPlainText() == QStringLiteral("Inneklima og støy i verkstedet.\nAndre linje."));

    // A pause in typing ends a burst too: saved without leaving the editor, as one more step.
    QPlainTextEdit *e = texts->editor(QStringLiteral("ra3e"));
    e->setFocus();
    QTest::keyClicks(e, QStringLiteral("Arbeidstilsynet var her i mai."));
    QTest::qWait(400);
    CHECK(reportTexts(file, year, QStringLiteral("ra3e")).isEmpty());
    QTest::qWait(1600);
    CHECK(reportTexts(file, year, QStringLiteral("ra3e")) == QStringList{QStringLiteral("Arbeidstilsynet var her i mai.")});
    CHECK(QApplication::focusWidget() == e);
    CHECK(e->textCursor().position() == e->toPlainText().size()); // typing goes on where it was
    texts->editor(QStringLiteral("ra3c"))->setFocus();
    QApplication::processEvents();

    // A change made elsewhere (the file, as a merge or another page would) shows.
    const QString a = file.records(QStringLiteral("report_text"), RecordFilter::ofYear(year)).first().value(QStringLiteral("id")).toString();
    REQUIRE(file.record(QStringLiteral("report_text"), a)->value(QStringLiteral("section")) == QStringLiteral("ra3a"));
    QString error;
    REQUIRE(file.update(QStringLiteral("report_text"), a, {{QStringLiteral("body"), QStringLiteral("Endret utenfra.")}}, &error));
    QTest::qWait(120);
    CHECK(texts->editor(QStringLiteral("ra3a"))->toPlainText() == QStringLiteral("Endret utenfra."));
    // Going to the record (from a comment, a search) puts the cursor in its section.
    demo.view->showPage(0);
    CHECK(demo.view->revealRecord(QStringLiteral("report_text"), a));
    QApplication::processEvents();
    CHECK(texts->isVisible());
    CHECK(QApplication::focusWidget() == texts->editor(QStringLiteral("ra3a")));

    // A locked year: every editor read-only, and what is typed changes nothing.
    for (const Record &r : file.records(QStringLiteral("review_year")))
        if (r.value(QStringLiteral("year")).toInt() == year)
            REQUIRE(file.update(QStringLiteral("review_year"), r.value(QStringLiteral("id")).toString(), {{QStringLiteral("locked"), true}}, &error));
    QTest::qWait(120);
    for (QPlainTextEdit *e : texts->findChildren<QPlainTextEdit *>()) {
        INFO(e->objectName().toStdString());
        CHECK(e->isReadOnly());
    }
    b->setFocus();
    QTest::keyClicks(b, QStringLiteral("x"));
    texts->editor(QStringLiteral("ra3c"))->setFocus();
    QApplication::processEvents();
    CHECK(reportTexts(file, year, QStringLiteral("ra3b"))
          == QStringList{QStringLiteral("Inneklima og støy i verkstedet.\nAndre linje.")});
}

TEST_CASE("a report text being typed is saved when the file is closed", "[gui][report-texts]")
{
    OpenDemo demo;
    const QString path = demo.view->file()->path();
    const int year = demo.view->year();
    QPlainTextEdit *c = showReportTexts(demo.view)->editor(QStringLiteral("ra3c"));
    REQUIRE(c);
    // Closed before the editor loses the focus or the pause ends: here it never had the focus, so
    // that no focus-out saves it on the way.
    demo.view->setFocus();
    QTest::keyClicks(c, QStringLiteral("Vernerunde i alle bygg."));
    REQUIRE_FALSE(c->hasFocus());
    REQUIRE(demo.window.closeFile());
    FileCheck check;
    auto file = UnitFile::open(path, UnitFile::Mode::ReadOnly, &check);
    REQUIRE(file);
    CHECK(reportTexts(*file, year, QStringLiteral("ra3c")) == QStringList{QStringLiteral("Vernerunde i alle bygg.")});
}
