// The desktop program driven through its real widgets (offscreen), checked through core.

#include "guitestsupport.h"

#include "core/review/demounit.h"
#include "testsupport.h"
#include "ui/shell/language.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/settingskeys.h"
#include "ui/shell/uistyle.h"
#include "ui/sharing/commentdialog.h"
#include "ui/risk/riskmatrixeditor.h"
#include "core/risk/riskacceptance.h"
#include "ui/pages/phasenames.h"
#include "ui/pages/phasepage.h"
#include "ui/records/recordmodel.h"
#include "core/risk/riskmatrix.h"
#include "ui/records/importdialog.h"
#include "ui/records/recordform.h"
#include "ui/records/tableeditor.h"
#include "core/store/unitfile.h"
#include "core/store/schema.h"
#include "ui/shell/unitview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QElapsedTimer>
#include <QDir>
#include <QFileInfo>
#include <QHelpEvent>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QPalette>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QTimer>
#include <QTreeWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextDocument>
#include <QToolTip>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cmath>

using namespace ik;
using namespace ik::ui;

namespace {

void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InternkontrollTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_gui"));
}

QString makeDemo(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    QString error;
    REQUIRE(createDemo(path, DemoOptions{}, &error));
    return path;
}

// A fresh demo unit in `dir`, opened for writing.
std::unique_ptr<UnitFile> openDemo(const QTemporaryDir &dir)
{
    FileCheck check;
    auto file = UnitFile::open(makeDemo(dir), UnitFile::Mode::ReadWrite, &check);
    REQUIRE(file);
    return file;
}

QList<Record> rowsOf(const UnitFile &file, const QString &table, const QString &column,
                     const QString &value)
{
    QList<Record> out;
    for (const Record &r : file.records(table))
        if (r.value(column).toString() == value)
            out << r;
    return out;
}

} // namespace

TEST_CASE("the record model passes QAbstractItemModelTester and pages large tables", "[gui][model]")
{
    isolateSettings();
    QTemporaryDir dir;
    auto file = openDemo(dir);
    QUndoStack undo;
    const int year = file->latestYear();
    RecordFilter thisYear;
    thisYear.year = year;
    const int deviations = file->count(QStringLiteral("deviation"), thisYear);
    REQUIRE(deviations > 10);

    RecordModel model({file.get(), &undo, year}, QStringLiteral("deviation"));
    model.setPageSize(7);
    model.reload();
    CHECK(model.rowCount() == 7);
    CHECK(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == deviations);

    // Changes made through core reach the model; edits through the model go through undo.
    QString error;
    const QString id = file->insert(QStringLiteral("deviation"),
                                    {{QStringLiteral("year"), year},
                                     {QStringLiteral("title"), QStringLiteral("Spill i lab")},
                                     {QStringLiteral("reported_on"), QStringLiteral("%1-03-02").arg(year)}},
                                    &error);
    REQUIRE(!id.isEmpty());
    CHECK(model.rowCount() == deviations + 1);
    const int row = model.rowOf(id);
    REQUIRE(row >= 0);
    const QModelIndex title = model.index(row, model.columnOf(QStringLiteral("title")));
    CHECK(model.setData(title, QStringLiteral("Kjemikaliesøl")));
    CHECK(file->record(QStringLiteral("deviation"), id)->value(QStringLiteral("title")) == QStringLiteral("Kjemikaliesøl"));
    CHECK(undo.count() == 1);
    undo.undo();
    CHECK(file->record(QStringLiteral("deviation"), id)->value(QStringLiteral("title")) == QStringLiteral("Spill i lab"));
    CHECK(model.data(title).toString() == QStringLiteral("Spill i lab"));

    // A value core refuses is not written and the model says why.
    QString refused;
    QObject::connect(&model, &RecordModel::editRefused, &model, [&](const QString &m) { refused = m; });
    const QModelIndex reported = model.index(row, model.columnOf(QStringLiteral("reported_on")));
    CHECK_FALSE(model.setData(reported, QStringLiteral("not a date")));
    CHECK(refused.contains(QStringLiteral("not a date")));
    CHECK(file->record(QStringLiteral("deviation"), id)->value(QStringLiteral("reported_on"))
          == QStringLiteral("%1-03-02").arg(year));
    CHECK_FALSE(model.setData(title, QString()));
    CHECK(file->record(QStringLiteral("deviation"), id)->value(QStringLiteral("title")) == QStringLiteral("Spill i lab"));

    REQUIRE(file->remove(QStringLiteral("deviation"), id, &error));
    CHECK(model.rowCount() == deviations);

    // Check boxes write 0/1.
    RecordModel people({file.get(), &undo, year}, QStringLiteral("person"));
    QAbstractItemModelTester peopleTester(&people, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex leader = people.index(0, people.columnOf(QStringLiteral("is_leader")));
    const bool wasLeader = people.record(0).value(QStringLiteral("is_leader")).toInt() == 1;
    CHECK(people.flags(leader).testFlag(Qt::ItemIsUserCheckable));
    CHECK(people.setData(leader, wasLeader ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole));
    CHECK(file->record(QStringLiteral("person"), people.recordId(0))->value(QStringLiteral("is_leader")).toInt()
          == (wasLeader ? 0 : 1));
    CHECK(people.data(leader, Qt::CheckStateRole).toInt() == (wasLeader ? Qt::Unchecked : Qt::Checked));

    // Child tables follow their parent.
    RecordModel risks({file.get(), &undo, year}, QStringLiteral("risk"));
    QAbstractItemModelTester riskTester(&risks, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(risks.rowCount() == 0);
    const QList<Record> assessments = file->records(QStringLiteral("risk_assessment"), thisYear);
    REQUIRE_FALSE(assessments.isEmpty());
    RecordFilter ofFirst;
    ofFirst.parentId = assessments.first().value(QStringLiteral("id")).toString();
    risks.setParentId(ofFirst.parentId);
    CHECK(risks.rowCount() == file->count(QStringLiteral("risk"), ofFirst));
}

TEST_CASE("Next steps through every phase page in order", "[gui]")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    REQUIRE(window.openFile(path));
    UnitView *view = window.unitView();
    REQUIRE(view);
    CHECK(window.windowTitle().contains(QStringLiteral("demo.db")));
    CHECK(window.windowTitle().contains(QString::number(view->year())));
    auto *next = view->findChild<QPushButton *>(QStringLiteral("nextButton"));
    auto *back = view->findChild<QPushButton *>(QStringLiteral("backButton"));
    REQUIRE(next);
    REQUIRE(back);
    CHECK(view->currentPage() == 0);
    CHECK_FALSE(back->isEnabled());
    const QStringList expected{QStringLiteral("page_overview"), QStringLiteral("page_initiate"),
                               QStringLiteral("page_map"), QStringLiteral("page_plan"),
                               QStringLiteral("page_follow_up"), QStringLiteral("page_report")};
    for (int i = 0; i < expected.size(); ++i) {
        INFO("page " << i);
        CHECK(view->page(view->currentPage())->objectName() == expected.at(i));
        CHECK(view->page(i)->isVisible());
        if (i > 0)
            CHECK_FALSE(view->currentRequirementIds().isEmpty());
        if (i + 1 < expected.size()) {
            REQUIRE(next->isEnabled());
            QTest::mouseClick(next, Qt::LeftButton);
        }
    }
    CHECK(view->currentPage() == 5);
    CHECK_FALSE(next->isEnabled());
    CHECK(view->page(5)->findChild<QWidget *>(QStringLiteral("reportActions")));
    QTest::mouseClick(back, Qt::LeftButton);
    CHECK(view->currentPage() == 4);
    CHECK_FALSE(view->findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
}

TEST_CASE("a goal and an action typed into the tables, undone and redone", "[gui]")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    REQUIRE(window.openFile(path));
    UnitView *view = window.unitView();
    UnitFile &file = *view->file();
    QAction *undo = iktest::actionWith(window, QKeySequence::Undo);
    QAction *redo = iktest::actionWith(window, QKeySequence::Redo);
    REQUIRE(undo);
    REQUIRE(redo);
    const QString goalTitle = QStringLiteral("Ingen skader med fravær i 2026");
    const QString actionTitle = QStringLiteral("Montere øyeskylleflaske i lab 3");
    const QString g = QStringLiteral("goal"), a = QStringLiteral("action"), t = QStringLiteral("title");
    const int goalsBefore = int(file.records(g).size());
    const int actionsBefore = int(file.records(a).size());

    TableEditor *goals = iktest::showEditor(view, QStringLiteral("initiate"), g);
    iktest::addByTyping(goals, goalTitle);
    QList<Record> found = rowsOf(file, g, t, goalTitle);
    REQUIRE(found.size() == 1);
    CHECK(found.first().value(QStringLiteral("year")).toInt() == view->year());
    CHECK(file.records(g).size() == goalsBefore + 1);

    TableEditor *actions = iktest::showEditor(view, QStringLiteral("plan"), a);
    iktest::addByTyping(actions, actionTitle);
    REQUIRE(rowsOf(file, a, t, actionTitle).size() == 1);
    iktest::typeInto(actions, actions->model()->rowOf(rowsOf(file, a, t, actionTitle).first().value(QStringLiteral("id")).toString()),
                     QStringLiteral("cost_nok"), QStringLiteral("1500"));
    CHECK(rowsOf(file, a, t, actionTitle).first().value(QStringLiteral("cost_nok")).toDouble() == 1500.0);

    // Undo: the cost; the action with the title typed into it (Add and the first value typed
    // are one step); the goal with its title.
    CHECK(undo->text().contains(QStringLiteral("cost"), Qt::CaseInsensitive));
    undo->trigger();
    CHECK(rowsOf(file, a, t, actionTitle).first().value(QStringLiteral("cost_nok")).isNull());
    CHECK(undo->text().contains(QStringLiteral("Add")));
    undo->trigger();
    CHECK(rowsOf(file, a, t, actionTitle).isEmpty());
    CHECK(file.records(a).size() == actionsBefore);
    undo->trigger();
    CHECK(rowsOf(file, g, t, goalTitle).isEmpty());
    CHECK(file.records(g).size() == goalsBefore);
    CHECK_FALSE(undo->isEnabled());

    for (int i = 0; i < 3; ++i)
        redo->trigger();
    CHECK(rowsOf(file, g, t, goalTitle).size() == 1);
    REQUIRE(rowsOf(file, a, t, actionTitle).size() == 1);
    CHECK(rowsOf(file, a, t, actionTitle).first().value(QStringLiteral("cost_nok")).toDouble() == 1500.0);
    CHECK_FALSE(redo->isEnabled());
    // The views follow the file.
    CHECK(goals->model()->rowOf(rowsOf(file, g, t, goalTitle).first().value(QStringLiteral("id")).toString()) >= 0);
}

namespace {
// Waits (up to 5 s) until `done` holds, letting the event loop run.
bool waitFor(const std::function<bool()> &done)
{
    for (int i = 0; i < 250 && !done(); ++i)
        QTest::qWait(20);
    return done();
}

QString idOf(const Record &row)
{
    return row.value(QStringLiteral("id")).toString();
}
} // namespace

TEST_CASE("Add and the first value typed into the new row are one undo step; the next edit is its own", "[gui][undo]")
{
    isolateSettings();
    QTemporaryDir dir;
    MainWindow window;
    UnitView *view = iktest::openInWindow(window, makeDemo(dir));
    UnitFile &file = *view->file();
    QAction *undo = iktest::actionWith(window, QKeySequence::Undo);
    QAction *redo = iktest::actionWith(window, QKeySequence::Redo);
    const QString g = QStringLiteral("goal"), t = QStringLiteral("title"), m = QStringLiteral("measure");
    TableEditor *goals = iktest::showEditor(view, QStringLiteral("initiate"), g);
    const int shownBefore = goals->model()->rowCount();
    const int storedBefore = file.count(g);

    iktest::addByTyping(goals, QStringLiteral("Null stikkskader"));
    REQUIRE(rowsOf(file, g, t, QStringLiteral("Null stikkskader")).size() == 1);
    const QString id = idOf(rowsOf(file, g, t, QStringLiteral("Null stikkskader")).first());
    CHECK(view->undoStack()->count() == 1);
    iktest::typeInto(goals, goals->model()->rowOf(id), m, QStringLiteral("Opplæring i sprøytebruk"));
    CHECK(file.record(g, id)->value(m).toString() == QStringLiteral("Opplæring i sprøytebruk"));
    CHECK(view->undoStack()->count() == 2);

    undo->trigger(); // the measure only
    CHECK(file.record(g, id)->value(m).toString().isEmpty());
    CHECK(file.record(g, id)->value(t).toString() == QStringLiteral("Null stikkskader"));
    undo->trigger(); // the row, with what was typed into it
    CHECK_FALSE(file.record(g, id));
    CHECK(file.count(g) == storedBefore);
    CHECK(goals->model()->rowCount() == shownBefore);
    CHECK_FALSE(undo->isEnabled());

    redo->trigger(); // the same row again, as typed
    REQUIRE(file.record(g, id));
    CHECK(file.record(g, id)->value(t).toString() == QStringLiteral("Null stikkskader"));
    CHECK(file.record(g, id)->value(m).toString().isEmpty());
    CHECK(goals->model()->rowOf(id) >= 0);
    redo->trigger();
    CHECK(file.record(g, id)->value(m).toString() == QStringLiteral("Opplæring i sprøytebruk"));
    CHECK_FALSE(redo->isEnabled());
}

TEST_CASE("an undo that core refuses is shown in a message; the file keeps the change", "[gui][undo]")
{
    isolateSettings();
    QTemporaryDir dir;
    MainWindow window;
    UnitView *view = iktest::openInWindow(window, makeDemo(dir));
    UnitFile &file = *view->file();
    QAction *undo = iktest::actionWith(window, QKeySequence::Undo);
    TableEditor *goals = iktest::showEditor(view, QStringLiteral("initiate"), QStringLiteral("goal"));
    iktest::addByTyping(goals, QStringLiteral("Færre avvik i lab 3"));
    REQUIRE(rowsOf(file, QStringLiteral("goal"), QStringLiteral("title"), QStringLiteral("Færre avvik i lab 3")).size() == 1);
    REQUIRE(undo->isEnabled());

    // Meanwhile the year is closed (as another way to lock it would do): undoing now would change it.
    QString error;
    const QList<Record> years = rowsOf(file, QStringLiteral("review_year"), QStringLiteral("year"), QString::number(view->year()));
    REQUIRE(years.size() == 1);
    REQUIRE(file.update(QStringLiteral("review_year"), idOf(years.first()), {{QStringLiteral("locked"), true}}, &error));

    QString shown;
    Qt::TextFormat format = Qt::AutoText;
    iktest::whenModal<QMessageBox>([&](QMessageBox *box) {
        shown = box->text();
        format = box->textFormat();
        box->accept();
    });
    undo->trigger();
    REQUIRE(waitFor([&] { return !shown.isEmpty(); }));
    CHECK(shown.contains(QStringLiteral("could not be undone")));
    CHECK(shown.contains(QStringLiteral("locked"))); // core's reason
    CHECK(format == Qt::PlainText);
    // The goal stays, and the step that no longer fits has left the stack.
    CHECK(rowsOf(file, QStringLiteral("goal"), QStringLiteral("title"), QStringLiteral("Færre avvik i lab 3")).size() == 1);
    CHECK(view->undoStack()->count() == 0);
    CHECK_FALSE(undo->isEnabled());
}

TEST_CASE("a finding made into an action is one undo step, undone and redone whole", "[gui][undo]")
{
    isolateSettings();
    QTemporaryDir dir;
    MainWindow window;
    UnitView *view = iktest::openInWindow(window, makeDemo(dir));
    UnitFile &file = *view->file();
    QAction *undo = iktest::actionWith(window, QKeySequence::Undo);
    QAction *redo = iktest::actionWith(window, QKeySequence::Redo);
    TableEditor *findings = iktest::showEditor(view, QStringLiteral("follow_up"), QStringLiteral("inspection_finding"));
    REQUIRE(waitFor([&] { return findings->model()->rowCount() > 0; })); // the first round is selected
    int row = 0;
    while (row < findings->model()->rowCount()
           && !findings->model()->record(row).value(QStringLiteral("action_id")).toString().isEmpty())
        ++row;
    REQUIRE(row < findings->model()->rowCount());
    const Record finding = findings->model()->record(row);
    findings->view()->setCurrentIndex(findings->proxy()->mapFromSource(findings->model()->index(row, 0)));
    const int actionsBefore = file.count(QStringLiteral("action"));

    auto *make = findings->findChild<QPushButton *>(QStringLiteral("makeAction"));
    REQUIRE(make);
    QTest::mouseClick(make, Qt::LeftButton);
    const QString actionId = file.record(QStringLiteral("inspection_finding"), idOf(finding))->value(QStringLiteral("action_id")).toString();
    REQUIRE_FALSE(actionId.isEmpty());
    const std::optional<Record> action = file.record(QStringLiteral("action"), actionId);
    REQUIRE(action);
    CHECK(action->value(QStringLiteral("title")) == finding.value(QStringLiteral("description")));
    CHECK(action->value(QStringLiteral("source_id")).toString() == idOf(finding));
    CHECK(file.count(QStringLiteral("action")) == actionsBefore + 1);
    CHECK(view->undoStack()->count() == 1);

    undo->trigger(); // the action and the finding's link to it
    CHECK(file.count(QStringLiteral("action")) == actionsBefore);
    CHECK(file.record(QStringLiteral("inspection_finding"), idOf(finding))->value(QStringLiteral("action_id")).isNull());
    CHECK_FALSE(undo->isEnabled());
    redo->trigger(); // both again, the same action
    CHECK(file.count(QStringLiteral("action")) == actionsBefore + 1);
    CHECK(file.record(QStringLiteral("inspection_finding"), idOf(finding))->value(QStringLiteral("action_id")).toString() == actionId);
    CHECK(file.record(QStringLiteral("action"), actionId)->value(QStringLiteral("title")) == finding.value(QStringLiteral("description")));
}

TEST_CASE("an import that fails halfway leaves the table as it was", "[gui][undo]")
{
    isolateSettings();
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs); // a file dialog the test can fill in
    QTemporaryDir dir;
    MainWindow window;
    UnitView *view = iktest::openInWindow(window, makeDemo(dir));
    UnitFile &file = *view->file();
    TableEditor *deviations = iktest::showEditor(view, QStringLiteral("map"), QStringLiteral("deviation"));
    const auto shown = [&] {
        QStringList ids;
        for (int r = 0; r < deviations->model()->rowCount(); ++r)
            ids << deviations->model()->recordId(r);
        return ids;
    };
    const QStringList before = shown();
    const int stored = file.count(QStringLiteral("deviation"));
    REQUIRE_FALSE(before.isEmpty());

    // Three good rows of this year, then one that core refuses.
    const QString csv = dir.filePath(QStringLiteral("deviations.csv"));
    const QString day = QStringLiteral("%1-03-0").arg(view->year());
    REQUIRE(iktest::writeFile(csv, (QStringLiteral("reported_on;title\n") + day + QStringLiteral("1;Søl i lab 1\n") + day
                                    + QStringLiteral("2;Søl i lab 2\n") + day + QStringLiteral("3;Søl i lab 3\n")
                                    + QStringLiteral("the fourth of March;Søl i lab 4\n"))
                                       .toUtf8()));
    iktest::whenModal<QFileDialog>([&csv](QFileDialog *d) { iktest::acceptFileDialog(d, csv); });
    // The mapping dialog names the refused row and will not import past it unless told to.
    QString refused;
    bool okEnabled = true;
    iktest::whenModal<ImportDialog>([&](ImportDialog *d) {
        refused = d->plan() ? d->plan()->refused.join(QLatin1Char('\n')) : QString();
        okEnabled = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
        d->reject();
    });
    auto *import = deviations->findChild<QPushButton *>(QStringLiteral("importDeviations"));
    REQUIRE(import);
    QTest::mouseClick(import, Qt::LeftButton);
    QApplication::processEvents();

    CHECK(refused.contains(QStringLiteral("line 5")));
    CHECK_FALSE(okEnabled);
    CHECK(file.count(QStringLiteral("deviation")) == stored);
    CHECK(shown() == before);
    CHECK(view->undoStack()->count() == 0);
}

TEST_CASE("every setting has a key of its own, round-trips, and lives in the tests' own settings file", "[gui][settings]")
{
    isolateSettings();
    // testmain.cpp points the settings at a scratch INI file: the user's own are never read or written.
    const QString where = QSettings().fileName();
    CHECK(QSettings().format() == QSettings::IniFormat);
    CHECK(where.startsWith(QDir::tempPath()));
    const QList<Setting> all{Setting::Language,       Setting::UserName,    Setting::UserRole,
                             Setting::RecentFiles,    Setting::WindowGeometry, Setting::WindowState,
                             Setting::ReportLanguage, Setting::ReportFolder};
    QSet<QString> keys;
    for (Setting s : all)
        keys.insert(settingKey(s));
    CHECK(keys.size() == all.size());
    // The keys that earlier versions wrote, so a user's name and recent files carry over.
    CHECK(settingKey(Setting::UserName) == QStringLiteral("user/name"));
    CHECK(settingKey(Setting::RecentFiles) == QStringLiteral("recentFiles"));
    CHECK(lastVisitKey(QStringLiteral("a.db")) == lastVisitKey(QDir::current().filePath(QStringLiteral("a.db"))));
    CHECK(lastVisitKey(QStringLiteral("a.db")).startsWith(QStringLiteral("lastVisit/")));
    CHECK(lastVisitKey(QStringLiteral("a.db")) != lastVisitKey(QStringLiteral("b.db")));

    for (int i = 0; i < all.size(); ++i)
        writeSetting(all[i], QStringLiteral("value %1").arg(i));
    for (int i = 0; i < all.size(); ++i)
        CHECK(readSetting(all[i]).toString() == QStringLiteral("value %1").arg(i));
    QSettings().sync();
    const QSettings onDisk(where, QSettings::IniFormat);
    CHECK(onDisk.value(settingKey(Setting::UserRole)).toString() == QStringLiteral("value 2"));
    CHECK(readSetting(Setting::ReportFolder, QStringLiteral("none")).toString() == QStringLiteral("value 7"));
    QSettings().clear();
    CHECK(readSetting(Setting::ReportFolder, QStringLiteral("none")).toString() == QStringLiteral("none"));

    // The window keeps its recent files there.
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    {
        MainWindow window;
        iktest::openInWindow(window, path);
    }
    CHECK(readSetting(Setting::RecentFiles).toStringList() == QStringList{QFileInfo(path).absoluteFilePath()});
}

namespace {
// WCAG's contrast ratio of two colours (1 to 21; 4.5 is enough for text).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

QPalette paletteWith(const QColor &window, const QColor &base, const QColor &text)
{
    QPalette p(window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Text, text);
    return p;
}
} // namespace

TEST_CASE("the program's own colours read on a light and on a dark palette", "[gui][style]")
{
    const QPalette light = paletteWith(QColor(0xef, 0xef, 0xef), Qt::white, Qt::black);
    const QPalette dark = paletteWith(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a), QColor(0xe6, 0xe6, 0xe6));
    CHECK_FALSE(isDark(light));
    CHECK(isDark(dark));
    for (const QPalette &p : {light, dark}) {
        INFO((isDark(p) ? "dark" : "light"));
        CHECK(contrast(errorTextColor(p), p.color(QPalette::Base)) >= 4.5);
        CHECK(contrast(errorTextColor(p), p.color(QPalette::Window)) >= 4.5);
        for (BannerTone tone : {BannerTone::Neutral, BannerTone::Info, BannerTone::Good, BannerTone::Warning}) {
            const BannerColours c = bannerColours(tone, p);
            CHECK(contrast(c.text, c.background) >= 4.5);
            CHECK(c.border != c.background);
            // A banner stands out from the window without glaring: light on light, dark on dark.
            CHECK(isDark(QPalette(c.background)) == isDark(p));
        }
    }
    CHECK(errorTextColor(light) != errorTextColor(dark));
    // The risk levels' own colours (core's), with text that reads on them.
    for (RiskMatrix::Level level : {RiskMatrix::Level::Acceptable, RiskMatrix::Level::Assess, RiskMatrix::Level::Unacceptable}) {
        const QColor background = RiskMatrix::levelColor(level).lighter(150);
        CHECK(contrast(textOn(background), background) >= 4.5);
    }
    CHECK(textOn(QColor(0x20, 0x20, 0x20)) == QColor(Qt::white));

    // A window on a dark palette shows its read-only banner and error lines in the dark variants.
    isolateSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    const QPalette before = QApplication::palette();
    QApplication::setPalette(dark);
    {
        MainWindow window;
        UnitView *view = iktest::openInWindow(window, path);
        TableEditor *goals = iktest::showEditor(view, QStringLiteral("initiate"), QStringLiteral("goal"));
        auto *error = goals->findChild<QLabel *>(QStringLiteral("editError"));
        REQUIRE(error);
        CHECK(error->palette().color(QPalette::WindowText) == errorTextColor(dark));
        // The read-only banner's bar (its text and the button to break a lock) takes the colours.
        auto *banner = view->findChild<QWidget *>(QStringLiteral("readOnlyBar"));
        REQUIRE(banner);
        CHECK(banner->styleSheet().contains(bannerColours(BannerTone::Warning, dark).background.name()));
    }
    QApplication::setPalette(before);
}

TEST_CASE("a new unit file filled in through the pages keeps everything after reopening", "[gui][flow]")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.db"));
    UnitFile::NewUnit unit;
    unit.unitName = QStringLiteral("Institutt for testing");
    unit.year = 2026;
    QString error;
    auto created = UnitFile::create(path, unit, &error);
    REQUIRE(created);

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.showFile(std::move(created));
    UnitView *view = window.unitView();
    REQUIRE(view);
    CHECK(window.windowTitle().contains(QStringLiteral("Institutt for testing")));

    iktest::addByTyping(iktest::showEditor(view, QStringLiteral("initiate"), QStringLiteral("goal")),
                        QStringLiteral("Bedre risikovurderinger"));
    iktest::addByTyping(iktest::showEditor(view, QStringLiteral("map"), QStringLiteral("risk_assessment")),
                        QStringLiteral("Arbeid i kjemilab"));
    iktest::addByTyping(iktest::showEditor(view, QStringLiteral("map"), QStringLiteral("risk")),
                        QStringLiteral("Søl av løsemidler"));
    iktest::addByTyping(iktest::showEditor(view, QStringLiteral("map"), QStringLiteral("deviation")),
                        QStringLiteral("Glatt gulv ved inngangen"));
    iktest::addByTyping(iktest::showEditor(view, QStringLiteral("plan"), QStringLiteral("action")),
                        QStringLiteral("Kurs i kjemikaliehåndtering"));
    iktest::addByTyping(iktest::showEditor(view, QStringLiteral("follow_up"), QStringLiteral("inspection_round")),
                        QStringLiteral("Laboratoriefløyen"));
    TableEditor *findings = iktest::showEditor(view, QStringLiteral("follow_up"), QStringLiteral("inspection_finding"));
    iktest::addByTyping(findings, QStringLiteral("Manglende merking av avfall"));
    QTest::mouseClick(findings->findChild<QPushButton *>(QStringLiteral("makeAction")), Qt::LeftButton);

    REQUIRE(window.closeFile());
    CHECK(window.unitView() == nullptr);
    REQUIRE(window.openFile(path));
    UnitFile &file = *window.unitView()->file();

    const auto one = [&](const QString &table, const QString &column, const QString &value) {
        INFO(table.toStdString() << " " << value.toStdString());
        const QList<Record> rows = rowsOf(file, table, column, value);
        REQUIRE(rows.size() == 1);
        return rows.first();
    };
    one(QStringLiteral("goal"), QStringLiteral("title"), QStringLiteral("Bedre risikovurderinger"));
    const Record assessment = one(QStringLiteral("risk_assessment"), QStringLiteral("title"), QStringLiteral("Arbeid i kjemilab"));
    const Record risk = one(QStringLiteral("risk"), QStringLiteral("event"), QStringLiteral("Søl av løsemidler"));
    CHECK(risk.value(QStringLiteral("assessment_id")) == assessment.value(QStringLiteral("id")));
    one(QStringLiteral("deviation"), QStringLiteral("title"), QStringLiteral("Glatt gulv ved inngangen"));
    one(QStringLiteral("action"), QStringLiteral("title"), QStringLiteral("Kurs i kjemikaliehåndtering"));
    const Record round = one(QStringLiteral("inspection_round"), QStringLiteral("area"), QStringLiteral("Laboratoriefløyen"));
    const Record finding = one(QStringLiteral("inspection_finding"), QStringLiteral("description"),
                               QStringLiteral("Manglende merking av avfall"));
    CHECK(finding.value(QStringLiteral("round_id")) == round.value(QStringLiteral("id")));
    // The finding became an action in one step, linked both ways.
    const Record fromFinding = one(QStringLiteral("action"), QStringLiteral("title"), QStringLiteral("Manglende merking av avfall"));
    CHECK(fromFinding.value(QStringLiteral("source")) == QStringLiteral("inspection"));
    CHECK(fromFinding.value(QStringLiteral("source_id")) == finding.value(QStringLiteral("id")));
    CHECK(finding.value(QStringLiteral("action_id")) == fromFinding.value(QStringLiteral("id")));

    // And the reopened pages show them.
    CHECK(iktest::showEditor(window.unitView(), QStringLiteral("plan"), QStringLiteral("action"))->model()->rowCount() == 2);
}

TEST_CASE("an edit core refuses is shown in place and not written", "[gui]")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    REQUIRE(window.openFile(path));
    UnitView *view = window.unitView();
    TableEditor *goals = iktest::showEditor(view, QStringLiteral("initiate"), QStringLiteral("goal"));
    REQUIRE(goals->model()->rowCount() > 0);
    const QString id = goals->model()->recordId(0);
    const QString before = view->file()->record(QStringLiteral("goal"), id)->value(QStringLiteral("title")).toString();
    iktest::typeInto(goals, 0, QStringLiteral("title"), QStringLiteral("   "));
    auto *error = goals->findChild<QLabel *>(QStringLiteral("editError"));
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
    CHECK(view->file()->record(QStringLiteral("goal"), id)->value(QStringLiteral("title")).toString() == before);
    CHECK(view->undoStack()->count() == 0);

    // Delete on a cell empties an optional field, and is refused on a required one.
    const auto select = [&](const QString &column) {
        const QModelIndex i = goals->proxy()->mapFromSource(
            goals->model()->index(goals->model()->rowOf(id), goals->model()->columnOf(column)));
        goals->view()->setCurrentIndex(i);
        goals->view()->setFocus();
    };
    REQUIRE_FALSE(view->file()->record(QStringLiteral("goal"), id)->value(QStringLiteral("measure")).isNull());
    select(QStringLiteral("measure"));
    QTest::keyClick(goals->view(), Qt::Key_Delete);
    CHECK(view->file()->record(QStringLiteral("goal"), id)->value(QStringLiteral("measure")).isNull());
    CHECK(view->undoStack()->count() == 1);
    select(QStringLiteral("title"));
    QTest::keyClick(goals->view(), Qt::Key_Delete);
    CHECK(view->file()->record(QStringLiteral("goal"), id)->value(QStringLiteral("title")).toString() == before);
    CHECK(error->isVisible());
    view->undoStack()->undo();
    CHECK_FALSE(view->file()->record(QStringLiteral("goal"), id)->value(QStringLiteral("measure")).isNull());
}

TEST_CASE("a file another window holds opens read-only with a banner; a foreign file is refused", "[gui]")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    FileCheck check;
    auto holder = UnitFile::open(path, UnitFile::Mode::ReadWrite, &check);
    REQUIRE(holder);
    REQUIRE_FALSE(holder->isReadOnly());

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    REQUIRE(window.openFile(path));
    UnitView *view = window.unitView();
    REQUIRE(view->file()->isReadOnly());
    auto *banner = view->findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(view->file()->readOnlyReason()));
    CHECK(window.windowTitle().contains(QStringLiteral("[")));
    TableEditor *goals = iktest::showEditor(view, QStringLiteral("initiate"), QStringLiteral("goal"));
    CHECK_FALSE(goals->findChild<QPushButton *>(QStringLiteral("addButton"))->isEnabled());
    CHECK_FALSE(goals->model()->flags(goals->model()->index(0, 0)).testFlag(Qt::ItemIsEditable));
    window.closeFile();

    const QString foreign = dir.filePath(QStringLiteral("notes.db"));
    REQUIRE(iktest::writeFile(foreign, QByteArrayLiteral("just some text, not a database\n")));
    QString shown;
    QTimer::singleShot(200, &window, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->close();
        }
    });
    CHECK_FALSE(window.openFile(foreign));
    CHECK(shown.contains(QStringLiteral("notes.db")));
    CHECK(window.unitView() == nullptr);
}

TEST_CASE("a file of an older format opens upgraded, and the window says where the copy of it is", "[gui]")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("unit.db"));
    REQUIRE(QFile::copy(QStringLiteral(IK_SOURCE_DIR "/tests/fixtures/format-1.db"), path));
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    MainWindow window;
    window.show();
    QString shown;
    QMessageBox::Icon icon = QMessageBox::NoIcon;
    QTimer::singleShot(200, &window, [&shown, &icon] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            icon = box->icon();
            box->close();
        }
    });
    REQUIRE(window.openFile(path));
    INFO(shown.toStdString());
    CHECK(shown.contains(QStringLiteral("“unit.format-1-backup.db”")));
    CHECK(icon == QMessageBox::Information);
    REQUIRE(window.unitView());
    CHECK_FALSE(window.unitView()->file()->isReadOnly());
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("unit.format-1-backup.db"))));
}

TEST_CASE("Help lists the requirements behind a page; the Year menu switches the review year", "[gui]")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    REQUIRE(window.openFile(path));
    UnitView *view = window.unitView();
    // On the Overview, every page's requirements, found without building the pages.
    REQUIRE(view->currentPage() == int(pageKeys().indexOf(QStringLiteral("overview"))));
    const QStringList all = view->currentRequirementIds();
    CHECK(all.contains(QStringLiteral("IG-4")));
    CHECK(all.contains(QStringLiteral("FO-1")));
    CHECK(view->findChildren<PhasePage *>().isEmpty());
    view->showPage(int(pageKeys().indexOf(QStringLiteral("initiate"))));
    const QStringList ids = view->currentRequirementIds();
    CHECK(ids.contains(QStringLiteral("IG-4")));
    CHECK_FALSE(ids.contains(QStringLiteral("FO-1")));
    QAction *help = iktest::actionWith(window, QKeySequence::HelpContents);
    REQUIRE(help);
    int listed = -1;
    QString ig4;
    QTimer::singleShot(200, &window, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        if (auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("requirements"))) {
            listed = tree->topLevelItemCount();
            for (int i = 0; i < listed; ++i)
                if (tree->topLevelItem(i)->text(0) == QStringLiteral("IG-4"))
                    ig4 = tree->topLevelItem(i)->text(1);
        }
        dialog->close();
    });
    help->trigger();
    CHECK(listed == ids.size());
    CHECK(ig4.contains(QStringLiteral("HSE policy")));

    const QList<int> years = view->file()->years();
    REQUIRE(years.size() >= 2);
    view->setYear(years.first());
    CHECK(window.windowTitle().contains(QString::number(years.first())));
    RecordFilter thatYear;
    thatYear.year = years.first();
    TableEditor *goals = iktest::showEditor(view, QStringLiteral("initiate"), QStringLiteral("goal"));
    CHECK(goals->model()->rowCount() == view->file()->count(QStringLiteral("goal"), thatYear));
    CHECK(view->currentPage() == int(pageKeys().indexOf(QStringLiteral("initiate"))));
}

TEST_CASE("the program's own strings come in bokmål and English", "[gui][i18n]")
{
    CHECK(installTranslations(QStringLiteral("nb")) == QStringLiteral("nb"));
    CHECK(pageTitle(QStringLiteral("initiate")) == QStringLiteral("Igangsette"));
    CHECK(pageTitle(QStringLiteral("plan")) == QStringLiteral("Planlegge og prioritere tiltak"));
    CHECK(pageTitle(QStringLiteral("report")) == QStringLiteral("Rapportering"));
    CHECK(QCoreApplication::translate("ik::ui::UnitView", "&Next >") == QStringLiteral("&Neste >"));
    CHECK(uiLanguage() == QStringLiteral("nb"));
    CHECK(installTranslations(QStringLiteral("en")) == QStringLiteral("en"));
    CHECK(pageTitle(QStringLiteral("initiate")) == QStringLiteral("Initiate"));
    CHECK(QCoreApplication::translate("ik::ui::TableEditor", "%n record(s) that belong to it will be deleted too.", "", 2)
          == QStringLiteral("2 records that belong to it will be deleted too."));
}

TEST_CASE("the risk table shows each risk's score and level before and after measures", "[gui]")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    REQUIRE(window.openFile(path));
    UnitView *view = window.unitView();
    TableEditor *risks = iktest::showEditor(view, QStringLiteral("map"), QStringLiteral("risk"));
    QApplication::processEvents();
    REQUIRE(risks->model()->rowCount() > 0);
    const int before = risks->model()->columnOf(QStringLiteral("=before"));
    REQUIRE(before >= 0);
    const QList<RiskEvaluation> evaluations = evaluateRisks(*view->file(), view->year());
    const QString id = risks->model()->recordId(0);
    for (const RiskEvaluation &e : evaluations)
        if (e.riskId == id && e.before.level)
            CHECK(risks->model()->data(risks->model()->index(0, before), RecordModel::RawRole).toInt()
                  == e.before.value);
    CHECK_FALSE(risks->model()->flags(risks->model()->index(0, before)).testFlag(Qt::ItemIsEditable));
    CHECK(risks->model()->headerData(before, Qt::Horizontal, Qt::DisplayRole).toString() == QStringLiteral("Risk before"));
}

TEST_CASE("the action plan names each action's source record, and keeps the stored id", "[gui]")
{
    isolateSettings();
    QTemporaryDir dir;
    MainWindow window;
    UnitView *view = iktest::openInWindow(window, makeDemo(dir));
    UnitFile &file = *view->file();
    const int year = view->year();
    const auto firstChild = [&](const QString &parentTable, const QString &table) {
        for (const Record &p : file.records(parentTable, RecordFilter::ofYear(year)))
            for (const Record &c : file.records(table, RecordFilter::ofParent(p.value(QStringLiteral("id")).toString())))
                return c;
        return Record();
    };
    const Record risk = firstChild(QStringLiteral("risk_assessment"), QStringLiteral("risk"));
    const Record finding = firstChild(QStringLiteral("inspection_round"), QStringLiteral("inspection_finding"));
    REQUIRE_FALSE(risk.isEmpty());
    REQUIRE_FALSE(finding.isEmpty());
    const QString riskId = risk.value(QStringLiteral("id")).toString();
    const QString findingId = finding.value(QStringLiteral("id")).toString();
    QString error;
    const auto addAction = [&](const QString &title, const QString &source, const QString &sourceId) {
        const QString id = file.insert(QStringLiteral("action"), {{QStringLiteral("year"), year}, {QStringLiteral("title"), title},
                                                                  {QStringLiteral("source"), source}, {QStringLiteral("source_id"), sourceId}}, &error);
        REQUIRE_FALSE(id.isEmpty());
        return id;
    };
    const QString fromRisk = addAction(QStringLiteral("Fra risiko"), QStringLiteral("risk"), riskId);
    const QString fromFinding = addAction(QStringLiteral("Fra funn"), QStringLiteral("inspection"), findingId);
    const QString fromOther = addAction(QStringLiteral("Fra annet"), QStringLiteral("other"), QStringLiteral("Vernerunde 3"));

    TableEditor *actions = iktest::showEditor(view, QStringLiteral("plan"), QStringLiteral("action"));
    const int column = actions->model()->columnOf(QStringLiteral("source_id"));
    REQUIRE(column >= 0);
    // The cell as the view shows it (through its model, the editor's proxy).
    const auto cell = [&](const QString &id) {
        const int row = actions->model()->rowOf(id);
        REQUIRE(row >= 0);
        return actions->proxy()->mapFromSource(actions->model()->index(row, column));
    };
    CHECK(cell(fromRisk).data().toString() == file.displayName(QStringLiteral("risk"), riskId));
    CHECK(cell(fromRisk).data().toString() == risk.value(QStringLiteral("event")).toString());
    CHECK(cell(fromFinding).data().toString() == finding.value(QStringLiteral("description")).toString());
    CHECK(cell(fromOther).data().toString() == QStringLiteral("Vernerunde 3"));
    CHECK(cell(fromRisk).data(RecordModel::RawRole).toString() == riskId);
    CHECK(file.record(QStringLiteral("action"), fromRisk)->value(QStringLiteral("source_id")).toString() == riskId);
    // A name is no id to type over.
    CHECK_FALSE(iktest::canEditCell(actions, actions->model()->rowOf(fromRisk), QStringLiteral("source_id")));
    // Nor in the form, where it is a link to the source.
    CHECK(qobject_cast<QLabel *>(actions->form()->fieldEditor(QStringLiteral("source_id"))));
    CHECK(iktest::canEditCell(actions, actions->model()->rowOf(fromRisk), QStringLiteral("title")));

    // The risk renamed: the plan shows its new name.
    REQUIRE(file.update(QStringLiteral("risk"), riskId, {{QStringLiteral("event"), QStringLiteral("Nytt navn på risikoen")}}, &error));
    QApplication::processEvents();
    CHECK(cell(fromRisk).data().toString() == QStringLiteral("Nytt navn på risikoen"));
    CHECK(file.record(QStringLiteral("action"), fromRisk)->value(QStringLiteral("source_id")).toString() == riskId);
}

TEST_CASE("a long text's tooltip shows what was written, never HTML it happens to contain", "[gui][model]")
{
    QTemporaryDir dir;
    auto file = openDemo(dir);
    QUndoStack undo;
    const int year = file->latestYear();
    QString error;
    const QString written = QStringLiteral("<img src=\"x\"> <b>Søl</b> i lab 3 & korridor – mer enn tretti tegn");
    const QString id = file->insert(QStringLiteral("deviation"),
                                    {{QStringLiteral("year"), year}, {QStringLiteral("title"), written},
                                     {QStringLiteral("reported_on"), QStringLiteral("%1-03-02").arg(year)}},
                                    &error);
    REQUIRE_FALSE(id.isEmpty());
    RecordModel model({file.get(), &undo, year}, QStringLiteral("deviation"));
    while (model.canFetchMore({}))
        model.fetchMore({});
    const QString tip = model.index(model.rowOf(id), model.columnOf(QStringLiteral("title"))).data(Qt::ToolTipRole).toString();
    QTextDocument shown;
    shown.setHtml(tip); // as QToolTip renders it
    CHECK(shown.toPlainText() == written);
    CHECK_FALSE(tip.contains(QStringLiteral("<img")));
}

TEST_CASE("user text shows as written in messages, prompts, tooltips, menus and the title", "[gui][text]")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    // Markup, an entity and a place to fill in: each must show as typed.
    const QString written = QStringLiteral("<b>x</b> &amp; %1");
    QString personId, riskId;
    {
        FileCheck check;
        auto file = UnitFile::open(path, UnitFile::Mode::ReadWrite, &check);
        REQUIRE(file);
        QString error;
        REQUIRE(file->update(QStringLiteral("unit"), idOf(file->records(QStringLiteral("unit")).first()),
                             {{QStringLiteral("name"), written}}, &error));
        // A person whom actions name as responsible: deleting them asks first.
        for (const Record &a : file->records(QStringLiteral("action")))
            if (personId.isEmpty())
                personId = a.value(QStringLiteral("responsible_id")).toString();
        REQUIRE_FALSE(personId.isEmpty());
        REQUIRE(file->update(QStringLiteral("person"), personId, {{QStringLiteral("name"), written}}, &error));
        for (const RiskEvaluation &e : evaluateRisks(*file, file->latestYear()))
            if (riskId.isEmpty() && e.before.level)
                riskId = e.riskId;
        REQUIRE_FALSE(riskId.isEmpty());
        REQUIRE(file->update(QStringLiteral("risk"), riskId, {{QStringLiteral("event"), written}}, &error));
    }
    const auto rendered = [](const QString &text, Qt::TextFormat format) {
        QTextDocument doc; // as a label or a tooltip shows it
        if (format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text)))
            doc.setHtml(text);
        else
            doc.setPlainText(text);
        return doc.toPlainText();
    };

    MainWindow window;
    UnitView *view = iktest::openInWindow(window, path);
    CHECK(window.windowTitle().startsWith(written + QStringLiteral(" – ")));
    // The recent files menu: a path with "&" in it.
    QMenu *recent = nullptr;
    for (QMenu *menu : window.findChildren<QMenu *>())
        if (!menu->actions().isEmpty() && menu->actions().first()->text().contains(QStringLiteral("demo.db")))
            recent = menu;
    REQUIRE(recent);
    CHECK(recent->actions().first()->text().remove(QStringLiteral("&&")).count(QLatin1Char('&')) == 0);

    // A message box naming the record.
    TableEditor *people = iktest::showEditor(view, QStringLiteral("initiate"), QStringLiteral("person"));
    people->view()->setCurrentIndex(people->proxy()->mapFromSource(people->model()->index(people->model()->rowOf(personId), 0)));
    QString asked;
    iktest::whenModal<QMessageBox>([&](QMessageBox *box) {
        asked = rendered(box->text(), box->textFormat());
        box->button(QMessageBox::Cancel)->click();
    });
    people->removeCurrent();
    CHECK(asked.contains(QStringLiteral("“") + written + QStringLiteral("”")));
    CHECK(view->file()->record(QStringLiteral("person"), personId)); // cancelled

    // A prompt naming the record.
    QString prompt;
    iktest::whenModal<QInputDialog>([&](QInputDialog *d) {
        for (QLabel *label : d->findChildren<QLabel *>())
            if (!label->text().isEmpty())
                prompt = rendered(label->text(), label->textFormat());
        d->reject();
    });
    addComment(&window, {view->file(), view->undoStack(), view->year()}, QStringLiteral("person"), personId);
    CHECK(prompt.contains(QStringLiteral("“") + written + QStringLiteral("”")));

    // The risk matrix's tooltip naming the risk.
    RiskMatrixEditor matrix({view->file(), view->undoStack(), view->year()});
    matrix.resize(640, 520);
    matrix.show();
    REQUIRE(QTest::qWaitForWindowExposed(&matrix));
    const QRect marker = matrix.markerRect(riskId, false);
    REQUIRE(marker.isValid());
    QHelpEvent help(QEvent::ToolTip, marker.center(), matrix.mapToGlobal(marker.center()));
    QApplication::sendEvent(&matrix, &help);
    const QString tip = QToolTip::text();
    CHECK(rendered(tip, Qt::AutoText).contains(QStringLiteral(": ") + written + QLatin1Char('\n')));
    QToolTip::hideText();
}

TEST_CASE("a table sorted in the file shows every row once, however its rows are edited while it pages", "[gui][model]")
{
    QTemporaryDir dir;
    auto file = openDemo(dir);
    QUndoStack undo;
    const int year = file->latestYear();
    const int total = file->count(QStringLiteral("deviation"), RecordFilter::ofYear(year));
    REQUIRE(total > 12);
    RecordModel model({file.get(), &undo, year}, QStringLiteral("deviation"));
    model.setPageSize(5);
    model.sort(model.columnOf(QStringLiteral("title")), Qt::AscendingOrder);
    REQUIRE(model.rowCount() == 5);
    // Three loaded rows move past every row not yet read, one moves within the loaded ones.
    for (int row = 0; row < 3; ++row)
        REQUIRE(model.setData(model.index(row, model.columnOf(QStringLiteral("title"))),
                              QStringLiteral("Øvelse %1").arg(row)));
    REQUIRE(model.setData(model.index(4, model.columnOf(QStringLiteral("title"))), QStringLiteral("AAA")));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.recordId(row));
    CHECK(model.rowCount() == total);
    CHECK(ids.size() == total);
}

TEST_CASE("a table sorted by a person follows that person's new name", "[gui][model]")
{
    QTemporaryDir dir;
    auto file = openDemo(dir);
    QUndoStack undo;
    const int year = file->latestYear();
    RecordModel model({file.get(), &undo, year}, QStringLiteral("action"));
    model.sort(model.columnOf(QStringLiteral("responsible_id")), Qt::AscendingOrder);
    while (model.canFetchMore({}))
        model.fetchMore({});
    const auto responsible = [&](int row) { return model.record(row).value(QStringLiteral("responsible_id")).toString(); };
    const QString first = responsible(0);
    REQUIRE_FALSE(first.isEmpty());
    REQUIRE(responsible(model.rowCount() - 1) != first);
    QString error;
    REQUIRE(file->update(QStringLiteral("person"), first, {{QStringLiteral("name"), QStringLiteral("Zz Sist i alfabetet")}}, &error));
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(responsible(0) != first);
    CHECK(responsible(model.rowCount() - 1) == first);
}

TEST_CASE("sorting a table keeps its current record, and the table that follows it keeps showing its rows", "[gui]")
{
    isolateSettings();
    QTemporaryDir dir;
    MainWindow window;
    UnitView *view = iktest::openInWindow(window, makeDemo(dir));
    TableEditor *rounds = iktest::showEditor(view, QStringLiteral("follow_up"), QStringLiteral("inspection_round"));
    TableEditor *findings = view->phasePage(QStringLiteral("follow_up"))->editor(QStringLiteral("inspection_finding"));
    REQUIRE(findings);
    REQUIRE(rounds->model()->rowCount() >= 2);
    rounds->view()->setCurrentIndex(rounds->view()->model()->index(1, 0));
    QApplication::processEvents();
    const QString chosen = rounds->currentId();
    REQUIRE_FALSE(chosen.isEmpty());
    CHECK(findings->model()->parentId() == chosen);
    const int column = rounds->model()->columnOf(rounds->model()->table().displayColumn);
    for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
        rounds->view()->sortByColumn(column, order);
        QApplication::processEvents();
        CHECK(rounds->currentId() == chosen);
        CHECK(findings->model()->parentId() == chosen);
    }
    // Filtered out of sight, the record is no longer current, and its findings are not shown.
    rounds->model()->setMatch(rounds->model()->table().displayColumn, QStringLiteral("no round is called this"));
    QApplication::processEvents();
    CHECK(rounds->currentId().isEmpty());
    CHECK(findings->model()->parentId().isEmpty());
}

TEST_CASE("a window closed while its file is being checked opens nothing and leaves no lock", "[gui][process]")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    MainWindow window;
    window.show();
    // The check runs on a thread while the window's event loop turns; a close (as when the
    // program is told to quit) arrives in that loop.
    QTimer::singleShot(0, &window, [&window] { window.close(); });
    CHECK_FALSE(window.openFile(path));
    CHECK(window.unitView() == nullptr);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
}

TEST_CASE("started on a file with --quit-after-first-paint, the program quits once the file is shown", "[gui][process]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    QProcess program;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config"))); // no recent files or state of others
    program.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    program.start(QStringLiteral(IK_GUI_PROGRAM), {QStringLiteral("--quit-after-first-paint"), path});
    // It once waited forever: the file's check turns an event loop of its own, which painted the
    // empty window and spent the quit before the program's own loop ran.
    const bool finished = program.waitForFinished(60000);
    if (!finished)
        program.kill();
    REQUIRE(finished);
    INFO(program.readAllStandardError().toStdString());
    CHECK(program.exitStatus() == QProcess::NormalExit);
    CHECK(program.exitCode() == 0);
    CHECK(clock.elapsed() < 30000);
    // It says when it painted (the benchmark reads it).
    const QString said = QString::fromUtf8(program.readAllStandardOutput());
    CHECK(QRegularExpression(QStringLiteral("^first paint: \\d+ ms\n$")).match(said).hasMatch());
}

TEST_CASE("A file is shown before its integrity check ends; found damaged, it is closed with the reason", "[gui]")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.db"));
    {
        QString error;
        auto file = UnitFile::create(path, {QStringLiteral("U"), 2026, QStringLiteral("ntnu"), {}}, &error);
        REQUIRE(file);
        for (int i = 0; i < 3; ++i) // rows in both indexes, more in one
            REQUIRE_FALSE(file->insert(QStringLiteral("action"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Kurs")}}, &error).isEmpty());
        REQUIRE_FALSE(file->insert(QStringLiteral("deviation"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Søl")},
                                                                 {QStringLiteral("reported_on"), QStringLiteral("2026-02-01")}}, &error).isEmpty());
    }
    REQUIRE(iktest::swapIndexRoots(path));
    const QByteArray before = iktest::fileHash(path);
    MainWindow window;
    window.show();
    QString shown;
    iktest::whenModal<QMessageBox>([&](QMessageBox *box) {
        shown = box->text() + QLatin1Char('\n') + box->informativeText();
        box->accept();
    });
    REQUIRE(window.openFile(path)); // shown: the header and schema are sound
    REQUIRE(waitFor([&] { return !shown.isEmpty(); }));
    CHECK(shown.contains(QStringLiteral("integrity check found")));
    REQUIRE(waitFor([&] { return window.unitView() == nullptr; }));
    CHECK(iktest::fileHash(path) == before); // nothing was written to it

    // A sound file opened the same way can be changed at once: the change waits for the check.
    const QString sound = dir.filePath(QStringLiteral("sound.db"));
    {
        QString error;
        REQUIRE(UnitFile::create(sound, {QStringLiteral("U"), 2026, QStringLiteral("ntnu"), {}}, &error));
    }
    REQUIRE(window.openFile(sound));
    REQUIRE(window.unitView());
    UnitFile &file = *window.unitView()->file();
    QString error;
    CHECK_FALSE(file.insert(QStringLiteral("goal"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Færre avvik")}}, &error).isEmpty());
    CHECK(error.isEmpty());
    CHECK_FALSE(file.integrityPending());
}
