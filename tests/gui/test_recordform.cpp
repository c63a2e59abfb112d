// The form beside every register: the current record's every field, edited through the same
// model and undo stack as the table's cells, and links that go to the records it is linked to.
// Driven through the real widgets (offscreen).

#include "guitestsupport.h"

#include "core/review/demounit.h"
#include "core/store/unitfile.h"
#include "ui/pages/phasenames.h"
#include "ui/pages/phasepage.h"
#include "ui/records/optionaldateedit.h"
#include "ui/records/recordform.h"
#include "ui/records/recordmodel.h"
#include "ui/records/referencepicker.h"
#include "ui/records/tableeditor.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/settingskeys.h"
#include "ui/shell/unitview.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace ik;
using namespace ik::ui;

namespace {

struct Demo
{
    QTemporaryDir dir;
    MainWindow window;
    UnitView *view = nullptr;
    QString path;

    explicit Demo(bool readOnly = false)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("InternkontrollTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_recordform"));
        path = dir.filePath(QStringLiteral("demo.db"));
        QString error;
        REQUIRE(createDemo(path, DemoOptions{}, &error));
        if (readOnly) {
            window.resize(1400, 900);
            window.show();
            REQUIRE(window.openFileReadOnly(path));
            view = window.unitView();
            REQUIRE(view);
        } else {
            view = iktest::openInWindow(window, path);
        }
    }
    UnitFile &file() const { return *view->file(); }
    QUndoStack &undo() const { return *view->findChild<QUndoStack *>(); }
};

// Makes `row` of the editor current, as a click on it would, and lets the form follow.
void selectRow(TableEditor *editor, int row)
{
    REQUIRE(row >= 0);
    editor->view()->setCurrentIndex(editor->proxy()->index(row, 0));
    QApplication::processEvents();
}

template <typename T>
T *field(TableEditor *editor, const QString &column)
{
    auto *w = qobject_cast<T *>(editor->form()->fieldEditor(column));
    REQUIRE(w);
    return w;
}

// Moves the focus out of the form's field, as a click elsewhere does: the field is written.
void leaveField(TableEditor *editor)
{
    editor->view()->setFocus();
    QApplication::processEvents();
}

QString value(const UnitFile &file, const QString &table, const QString &id, const QString &column)
{
    const auto row = file.record(table, id);
    REQUIRE(row);
    return row->value(column).toString();
}

} // namespace

TEST_CASE("the form shows the selected deviation's fields", "[gui][form]")
{
    Demo demo;
    TableEditor *deviations = iktest::showEditor(demo.view, QStringLiteral("map"), QStringLiteral("deviation"));
    REQUIRE(deviations->model()->rowCount() > 1);
    for (int row : {0, 1}) {
        selectRow(deviations, row);
        const Record record = deviations->model()->record(row);
        const QString id = record.value(QStringLiteral("id")).toString();
        CHECK(deviations->form()->isVisible());
        CHECK(deviations->form()->findChild<QLabel *>(QStringLiteral("recordFormTitle"))->text().contains(
            record.value(QStringLiteral("title")).toString()));
        CHECK(field<QLineEdit>(deviations, QStringLiteral("title"))->text() == record.value(QStringLiteral("title")).toString());
        CHECK(field<QPlainTextEdit>(deviations, QStringLiteral("description"))->toPlainText()
              == value(demo.file(), QStringLiteral("deviation"), id, QStringLiteral("description")));
        CHECK(field<OptionalDateEdit>(deviations, QStringLiteral("reported_on"))->optionalDate()
              == QDate::fromString(record.value(QStringLiteral("reported_on")).toString(), Qt::ISODate));
        CHECK(field<QComboBox>(deviations, QStringLiteral("status"))->currentData().toString()
              == record.value(QStringLiteral("status")).toString());
    }
    // A comment on the record shows in its form as soon as it is written.
    QString error;
    REQUIRE_FALSE(demo.file().insert(QStringLiteral("comment"),
                                     {{QStringLiteral("table_name"), QStringLiteral("deviation")},
                                      {QStringLiteral("record_id"), deviations->currentId()},
                                      {QStringLiteral("author"), QStringLiteral("Kari Nordmann")},
                                      {QStringLiteral("body"), QStringLiteral("Er <b>vasken</b> reparert?")}},
                                     &error).isEmpty());
    QApplication::processEvents();
    auto *comments = deviations->form()->findChild<QLabel *>(QStringLiteral("recordComments"));
    REQUIRE(comments);
    CHECK(comments->isVisible());
    CHECK(comments->text().contains(QStringLiteral("Kari Nordmann")));
    CHECK(comments->text().contains(QStringLiteral("Er <b>vasken</b> reparert?"))); // text, not markup
    CHECK(comments->textFormat() == Qt::PlainText);

    // The table keeps a few columns; the long description is the form's.
    CHECK(deviations->view()->isColumnHidden(deviations->model()->columnOf(QStringLiteral("description"))));
    CHECK_FALSE(deviations->view()->isColumnHidden(deviations->model()->columnOf(QStringLiteral("title"))));
}

TEST_CASE("a description edited in the form reaches the table and the file, and Undo takes it back", "[gui][form]")
{
    Demo demo;
    TableEditor *deviations = iktest::showEditor(demo.view, QStringLiteral("map"), QStringLiteral("deviation"));
    selectRow(deviations, 0);
    const QString id = deviations->currentId();
    const QString before = value(demo.file(), QStringLiteral("deviation"), id, QStringLiteral("description"));
    auto *description = field<QPlainTextEdit>(deviations, QStringLiteral("description"));
    description->setFocus();
    description->selectAll();
    QTest::keyClicks(description, QStringLiteral("Lekkasje under vasken"));
    QTest::keyClick(description, Qt::Key_Return);
    QTest::keyClicks(description, QStringLiteral("på lab 2"));
    const int steps = demo.undo().count();
    leaveField(deviations);
    const QString typed = QStringLiteral("Lekkasje under vasken\npå lab 2");
    CHECK(value(demo.file(), QStringLiteral("deviation"), id, QStringLiteral("description")) == typed);
    CHECK(demo.undo().count() == steps + 1);
    const int row = deviations->model()->rowOf(id);
    CHECK(deviations->model()->index(row, deviations->model()->columnOf(QStringLiteral("description")))
              .data(RecordModel::RawRole).toString() == typed);

    QAction *undo = iktest::actionWith(demo.window, QKeySequence::Undo);
    REQUIRE(undo);
    undo->trigger();
    QApplication::processEvents();
    CHECK(value(demo.file(), QStringLiteral("deviation"), id, QStringLiteral("description")) == before);
    CHECK(description->toPlainText() == before); // the form follows the undo
}

TEST_CASE("a date cleared in the form is empty in the file", "[gui][form]")
{
    Demo demo;
    TableEditor *deviations = iktest::showEditor(demo.view, QStringLiteral("map"), QStringLiteral("deviation"));
    selectRow(deviations, 0);
    const QString id = deviations->currentId();
    const QDate reported = QDate::fromString(value(demo.file(), QStringLiteral("deviation"), id, QStringLiteral("reported_on")), Qt::ISODate);
    QString error;
    REQUIRE(demo.file().update(QStringLiteral("deviation"), id,
                               {{QStringLiteral("closed_on"), reported.addDays(3).toString(Qt::ISODate)}}, &error));
    QApplication::processEvents();
    auto *closed = field<OptionalDateEdit>(deviations, QStringLiteral("closed_on"));
    CHECK(closed->optionalDate() == reported.addDays(3)); // a change made elsewhere shows
    closed->setFocus();
    closed->selectAll();
    QTest::keyClick(closed, Qt::Key_Delete);
    QTest::keyClick(closed, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(value(demo.file(), QStringLiteral("deviation"), id, QStringLiteral("closed_on")).isEmpty());
    CHECK(closed->isEmpty());

    // A value core refuses is not written, and the form shows the file's value again.
    auto *title = field<QLineEdit>(deviations, QStringLiteral("title"));
    const QString titleBefore = title->text();
    title->setFocus();
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    QTest::keyClick(title, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(value(demo.file(), QStringLiteral("deviation"), id, QStringLiteral("title")) == titleBefore);
    CHECK(title->text() == titleBefore);
    auto *message = deviations->findChild<QLabel *>(QStringLiteral("editError"));
    CHECK(message->isVisible());
    CHECK_FALSE(message->text().isEmpty());
}

TEST_CASE("a link in the form goes to the linked record", "[gui][form]")
{
    Demo demo;
    TableEditor *actions = iktest::showEditor(demo.view, QStringLiteral("plan"), QStringLiteral("action"));
    REQUIRE(actions->model()->rowCount() > 0);
    const QString actionId = actions->model()->recordId(actions->model()->rowCount() - 1);
    TableEditor *deviations = iktest::showEditor(demo.view, QStringLiteral("map"), QStringLiteral("deviation"));
    selectRow(deviations, 1);
    const QString deviationId = deviations->currentId();
    QString error;
    REQUIRE(demo.file().update(QStringLiteral("deviation"), deviationId, {{QStringLiteral("action_id"), actionId}}, &error));
    QApplication::processEvents();

    // The deviation's action: "Go to" beside its picker shows it in the action plan.
    auto *goTo = deviations->form()->findChild<QToolButton *>(QStringLiteral("open_action_id"));
    REQUIRE(goTo);
    REQUIRE(goTo->isEnabled());
    QTest::mouseClick(goTo, Qt::LeftButton);
    QApplication::processEvents();
    CHECK(demo.view->currentPage() == int(pageKeys().indexOf(QStringLiteral("plan"))));
    CHECK(actions->isVisible());
    CHECK(actions->currentId() == actionId);

    // And back: the action's form lists the deviation that links to it.
    auto *links = actions->form()->findChild<QLabel *>(QStringLiteral("recordLinks"));
    REQUIRE(links);
    CHECK(links->isVisible());
    const QString href = QStringLiteral("deviation/") + deviationId;
    CHECK(links->text().contains(href));
    Q_EMIT links->linkActivated(href); // as a click on it
    QApplication::processEvents();
    CHECK(demo.view->currentPage() == int(pageKeys().indexOf(QStringLiteral("map"))));
    CHECK(deviations->isVisible());
    CHECK(deviations->currentId() == deviationId);
}

TEST_CASE("the form of a read-only file only shows", "[gui][form]")
{
    Demo demo(true);
    REQUIRE(demo.file().isReadOnly());
    TableEditor *deviations = iktest::showEditor(demo.view, QStringLiteral("map"), QStringLiteral("deviation"));
    selectRow(deviations, 0);
    auto *title = field<QLineEdit>(deviations, QStringLiteral("title"));
    CHECK(title->isReadOnly());
    CHECK(field<QPlainTextEdit>(deviations, QStringLiteral("description"))->isReadOnly());
    CHECK_FALSE(field<QComboBox>(deviations, QStringLiteral("status"))->isEnabled());
    CHECK_FALSE(field<OptionalDateEdit>(deviations, QStringLiteral("reported_on"))->isEnabled());
    CHECK_FALSE(field<ReferencePicker>(deviations, QStringLiteral("action_id"))->isEnabled());
    const QString before = title->text();
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral("x"));
    leaveField(deviations);
    CHECK(value(demo.file(), QStringLiteral("deviation"), deviations->currentId(), QStringLiteral("title")) == before);
}

TEST_CASE("a new activity typed in a risk assessment is offered, created and linked in one undo step", "[gui][form]")
{
    Demo demo;
    TableEditor *assessments = iktest::showEditor(demo.view, QStringLiteral("map"), QStringLiteral("risk_assessment"));
    REQUIRE(assessments->model()->rowCount() > 0);
    selectRow(assessments, 0);
    const QString id = assessments->currentId();
    const QString before = value(demo.file(), QStringLiteral("risk_assessment"), id, QStringLiteral("activity_id"));
    const int activities = demo.file().count(QStringLiteral("activity"));
    const int steps = demo.undo().count();
    const auto activityNamed = [&](const QString &name) {
        for (const Record &r : demo.file().records(QStringLiteral("activity")))
            if (r.value(QStringLiteral("name")).toString() == name)
                return r.value(QStringLiteral("id")).toString();
        return QString();
    };

    SECTION("in the form")
    {
        auto *picker = field<ReferencePicker>(assessments, QStringLiteral("activity_id"));
        picker->setFocus();
        picker->lineEdit()->selectAll();
        QTest::keyClicks(picker->lineEdit(), QStringLiteral("Sveiseverksted"));
        QApplication::processEvents();
        QAbstractItemView *popup = picker->completer()->popup();
        REQUIRE(popup->isVisible());
        REQUIRE(popup->model()->rowCount() == 1); // only the offer contains the text
        CHECK(popup->model()->index(0, 0).data().toString() == QStringLiteral("Create “Sveiseverksted”"));
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QApplication::processEvents();
    }
    SECTION("in the table's cell")
    {
        const int row = assessments->model()->rowOf(id);
        const QModelIndex cell = assessments->proxy()->mapFromSource(
            assessments->model()->index(row, assessments->model()->columnOf(QStringLiteral("activity_id"))));
        REQUIRE_FALSE(assessments->view()->isColumnHidden(cell.column()));
        assessments->view()->setCurrentIndex(cell);
        QTest::keyClick(assessments->view(), Qt::Key_F2);
        QApplication::processEvents();
        auto *picker = qobject_cast<ReferencePicker *>(iktest::openEditor(assessments->view()));
        REQUIRE(picker);
        picker->lineEdit()->selectAll();
        QTest::keyClicks(picker->lineEdit(), QStringLiteral("Sveiseverksted"));
        QApplication::processEvents();
        QAbstractItemView *popup = picker->completer()->popup();
        REQUIRE(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QApplication::processEvents();
        CHECK_FALSE(iktest::openEditor(assessments->view()));
    }
    const QString created = activityNamed(QStringLiteral("Sveiseverksted"));
    REQUIRE_FALSE(created.isEmpty());
    CHECK(demo.file().count(QStringLiteral("activity")) == activities + 1);
    CHECK(value(demo.file(), QStringLiteral("risk_assessment"), id, QStringLiteral("activity_id")) == created);
    CHECK(demo.undo().count() == steps + 1);
    CHECK(field<ReferencePicker>(assessments, QStringLiteral("activity_id"))->currentText() == QStringLiteral("Sveiseverksted"));

    demo.undo().undo();
    QApplication::processEvents();
    CHECK(activityNamed(QStringLiteral("Sveiseverksted")).isEmpty());
    CHECK(value(demo.file(), QStringLiteral("risk_assessment"), id, QStringLiteral("activity_id")) == before);
}

TEST_CASE("a name that matches no record is not dropped silently", "[gui][form]")
{
    Demo demo;
    TableEditor *assessments = iktest::showEditor(demo.view, QStringLiteral("map"), QStringLiteral("risk_assessment"));
    selectRow(assessments, 0);
    const QString id = assessments->currentId();
    const QString before = value(demo.file(), QStringLiteral("risk_assessment"), id, QStringLiteral("activity_id"));
    const int steps = demo.undo().count();
    auto *picker = field<ReferencePicker>(assessments, QStringLiteral("activity_id"));
    picker->setFocus();
    picker->lineEdit()->selectAll();
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("Kjølerom"));
    picker->completer()->popup()->hide();
    leaveField(assessments); // without choosing the offer
    QApplication::processEvents();
    CHECK(value(demo.file(), QStringLiteral("risk_assessment"), id, QStringLiteral("activity_id")) == before);
    CHECK(demo.undo().count() == steps);
    auto *message = assessments->findChild<QLabel *>(QStringLiteral("editError"));
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("Kjølerom")));
    CHECK(message->text().contains(QStringLiteral("Create “Kjølerom”")));
}

TEST_CASE("the form of a locked year only shows, and takes edits again once it is unlocked", "[gui][form]")
{
    Demo demo;
    TableEditor *deviations = iktest::showEditor(demo.view, QStringLiteral("map"), QStringLiteral("deviation"));
    selectRow(deviations, 0);
    auto *title = field<QLineEdit>(deviations, QStringLiteral("title"));
    auto *status = field<QComboBox>(deviations, QStringLiteral("status"));
    REQUIRE_FALSE(title->isReadOnly());
    REQUIRE(status->isEnabled());
    const auto lock = [&](bool locked) {
        QString error;
        for (const Record &r : demo.file().records(QStringLiteral("review_year")))
            if (r.value(QStringLiteral("year")).toInt() == demo.view->year())
                REQUIRE(demo.file().update(QStringLiteral("review_year"), r.value(QStringLiteral("id")).toString(),
                                           {{QStringLiteral("locked"), locked}}, &error));
        QApplication::processEvents();
    };
    lock(true);
    CHECK(title->isReadOnly());
    CHECK_FALSE(status->isEnabled());
    lock(false);
    CHECK_FALSE(title->isReadOnly());
    CHECK(status->isEnabled());
}

TEST_CASE("a risk's form lists the actions made from it", "[gui][form]")
{
    Demo demo;
    QString riskId, actionId;
    for (const Record &a : demo.file().records(QStringLiteral("action"), RecordFilter::ofYear(demo.view->year())))
        if (a.value(QStringLiteral("source")).toString() == QLatin1String("risk")) {
            actionId = a.value(QStringLiteral("id")).toString();
            riskId = a.value(QStringLiteral("source_id")).toString();
            break;
        }
    REQUIRE_FALSE(riskId.isEmpty());
    REQUIRE(demo.view->revealRecord(QStringLiteral("risk"), riskId));
    QApplication::processEvents();
    TableEditor *risks = demo.view->phasePage(QStringLiteral("map"))->editor(QStringLiteral("risk"));
    REQUIRE(risks->currentId() == riskId);
    auto *links = risks->form()->findChild<QLabel *>(QStringLiteral("recordLinks"));
    REQUIRE(links);
    CHECK(links->text().contains(QStringLiteral("action/") + actionId));
}

TEST_CASE("a column width set by hand is kept for the next time the table is shown", "[gui][form]")
{
    const auto openActions = [](Demo &demo) {
        return iktest::showEditor(demo.view, QStringLiteral("plan"), QStringLiteral("action"));
    };
    int column = -1;
    {
        Demo demo;
        QSettings().remove(columnWidthsKey(QStringLiteral("editor_action"))); // an earlier run's
        TableEditor *actions = openActions(demo);
        column = actions->model()->columnOf(QStringLiteral("priority"));
        REQUIRE(column >= 0);
        REQUIRE_FALSE(actions->view()->isColumnHidden(column));
        actions->view()->horizontalHeader()->resizeSection(column, 173); // as a drag of its edge
    }
    Demo again;
    TableEditor *actions = openActions(again);
    QApplication::processEvents();
    CHECK(actions->view()->columnWidth(column) == 173);
}

TEST_CASE("a column the form holds can be shown in the table from the header's menu, and stays shown", "[gui][form]")
{
    const auto description = [](TableEditor *deviations) {
        return deviations->model()->columnOf(QStringLiteral("description"));
    };
    {
        Demo demo;
        QSettings().remove(shownColumnsKey(QStringLiteral("editor_deviation"))); // an earlier run's
        TableEditor *deviations = iktest::showEditor(demo.view, QStringLiteral("map"), QStringLiteral("deviation"));
        REQUIRE(deviations->view()->isColumnHidden(description(deviations)));
        bool chosen = false;
        QTimer::singleShot(0, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            REQUIRE(menu);
            for (QAction *a : menu->actions())
                if (a->text() == QStringLiteral("Description")) {
                    CHECK_FALSE(a->isChecked());
                    a->trigger();
                    chosen = true;
                }
            menu->close();
        });
        QHeaderView *header = deviations->view()->horizontalHeader();
        Q_EMIT header->customContextMenuRequested(QPoint(5, 5)); // a right click on the header
        QApplication::processEvents();
        REQUIRE(chosen);
        CHECK_FALSE(deviations->view()->isColumnHidden(description(deviations)));
    }
    Demo again;
    TableEditor *deviations = iktest::showEditor(again.view, QStringLiteral("map"), QStringLiteral("deviation"));
    QApplication::processEvents();
    CHECK_FALSE(deviations->view()->isColumnHidden(description(deviations)));
    QSettings().remove(shownColumnsKey(QStringLiteral("editor_deviation")));
}

TEST_CASE("the form stands beside a wide table and below a narrow one, where the user leaves it", "[gui][form]")
{
    const auto splitterOf = [](TableEditor *editor) {
        auto *splitter = editor->findChild<QSplitter *>(QStringLiteral("recordFormSplitter"));
        REQUIRE(splitter);
        return splitter;
    };
    int formWidth = 0;
    {
        Demo demo;
        QSettings().remove(recordFormSplitKey(QStringLiteral("editor_deviation"), Qt::Horizontal)); // an earlier run's
        TableEditor *deviations = iktest::showEditor(demo.view, QStringLiteral("map"), QStringLiteral("deviation"));
        QSplitter *beside = splitterOf(deviations);
        CHECK(beside->orientation() == Qt::Horizontal);
        CHECK(deviations->form()->width() > 0);
        // The consequences of a risk sit in a narrow column of their own: their form goes below.
        TableEditor *consequences = demo.view->phasePage(QStringLiteral("map"))->editor(QStringLiteral("risk_consequence"));
        iktest::showEditor(demo.view, QStringLiteral("map"), QStringLiteral("risk_consequence"));
        CHECK(splitterOf(consequences)->orientation() == Qt::Vertical);

        // The divider dragged 80 pixels to the left: a wider form, kept for next time.
        iktest::showEditor(demo.view, QStringLiteral("map"), QStringLiteral("deviation"));
        QSplitterHandle *handle = beside->handle(1);
        const QPoint middle = handle->rect().center();
        const int before = deviations->form()->width();
        QTest::mousePress(handle, Qt::LeftButton, {}, middle);
        QMouseEvent move(QEvent::MouseMove, QPointF(middle - QPoint(80, 0)), handle->mapToGlobal(QPointF(middle - QPoint(80, 0))),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(handle, &move);
        QTest::mouseRelease(handle, Qt::LeftButton, {}, middle - QPoint(80, 0));
        QApplication::processEvents();
        formWidth = deviations->form()->width();
        CHECK(formWidth > before + 40);
    }
    Demo again;
    TableEditor *deviations = iktest::showEditor(again.view, QStringLiteral("map"), QStringLiteral("deviation"));
    QApplication::processEvents();
    CHECK(deviations->form()->width() == formWidth);
}
