// Sharing with the line manager and the yearly cycle, driven through the real widgets
// (offscreen) and checked in what the unit file then holds.

#include "guitestsupport.h"
#include "testsupport.h"
#include "report/zipreadback.h"

#include "ui/records/importdialog.h"
#include "ui/sharing/changelogview.h"
#include "ui/pages/checklisteditor.h"
#include "ui/sharing/commentspanel.h"
#include "core/review/demounit.h"
#include "ui/shell/mainwindow.h"
#include "core/sharing/merge.h"
#include "ui/sharing/mergedialog.h"
#include "ui/sharing/newyeardialog.h"
#include "ui/pages/phasenames.h"
#include "ui/pages/phasepage.h"
#include "ui/risk/riskview.h"
#include "ui/sharing/sharingactions.h"
#include "core/sharing/signoff.h"
#include "ui/sharing/signoffbanner.h"
#include "ui/sharing/signoffdialog.h"
#include "core/review/yearstatus.h"
#include "core/report/tertialreport.h"
#include "ui/pages/tertialsummary.h"
#include "core/store/filelock.h"
#include "core/store/unitfile.h"
#include "ui/shell/unitview.h"
#include "core/review/yearcomparison.h"
#include "ui/pages/yearoverview.h"
#include "ui/pages/barchartview.h"
#include "ui/sharing/yearlock.h"
#include "core/review/yearrollover.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QDateTime>
#include <QDockWidget>
#include <QFileDialog>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QScreen>
#include <QStatusBar>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace ik;
using namespace ik::ui;
using iktest::acceptFileDialog;
using iktest::whenModal;

namespace {

void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs); // file dialogs the test can fill in
    QCoreApplication::setOrganizationName(QStringLiteral("InternkontrollTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_sharing"));
    QSettings().clear();
    QSettings().setValue(QStringLiteral("user/name"), QStringLiteral("Kari Koordinator"));
}

QString makeDemo(const QTemporaryDir &dir, const QString &name = QStringLiteral("demo.db"))
{
    const QString path = dir.filePath(name);
    QString error;
    REQUIRE(createDemo(path, DemoOptions{}, &error));
    return path;
}

void settle(int ms = 120)
{
    QApplication::processEvents();
    QTest::qWait(ms);
    QApplication::processEvents();
}

SignOffBanner *reportBanner(UnitView *view)
{
    QWidget *page = view->findChild<QWidget *>(QStringLiteral("page_report"));
    REQUIRE(page);
    auto *banner = page->findChild<SignOffBanner *>();
    REQUIRE(banner);
    return banner;
}

int rowOfId(TableEditor *editor, const QString &id)
{
    const int row = editor->model()->rowOf(id);
    REQUIRE(row >= 0);
    return row;
}

} // namespace

TEST_CASE("signing off in the dialog shows 'signed'; editing a goal then shows 'changed'", "[gui][sharing]")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    UnitView *view = window.unitView();
    UnitFile &file = *view->file();
    const int year = view->year();
    REQUIRE(signOffStates(file, year).isEmpty());

    view->showPage(int(pageKeys().indexOf(QStringLiteral("report"))));
    SignOffBanner *banner = reportBanner(view);
    CHECK(banner->stateText().contains(QStringLiteral("not signed off")));
    auto *sign = banner->findChild<QPushButton *>(QStringLiteral("signOffButton"));
    REQUIRE(sign);
    // The demo's review is unfinished (FO-4 not assessed, sections without text, open items): the
    // program says so and asks. "No" signs nothing and leaves the dialog open; "Yes" signs.
    QString question;
    bool dialogStillOpen = false;
    whenModal<SignOffDialog>([&](SignOffDialog *d) {
        auto *name = d->findChild<QLineEdit *>(QStringLiteral("name"));
        CHECK(name->text() == QStringLiteral("Kari Koordinator")); // from the settings
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Ola Leder"));
        QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("role")), QStringLiteral("Instituttleder"));
        d->findChild<QPlainTextEdit *>(QStringLiteral("comment"))->setPlainText(QStringLiteral("Godkjent."));
        whenModal<QMessageBox>([&](QMessageBox *box) {
            question = box->text();
            box->button(QMessageBox::No)->click();
        });
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("signButton")), Qt::LeftButton);
        dialogStillOpen = d->isVisible();
        CHECK(signOffStates(file, year).isEmpty());
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("signButton")), Qt::LeftButton);
    });
    QTest::mouseClick(sign, Qt::LeftButton);
    settle();
    CHECK(dialogStillOpen);
    CHECK(question.contains(QStringLiteral("(FO-4)")));
    CHECK(question.contains(QStringLiteral("Checklist items not done")));

    const QList<SignOffState> states = signOffStates(file, year);
    REQUIRE(states.size() == 1);
    CHECK(states.first().name == QStringLiteral("Ola Leder"));
    CHECK(states.first().role == QStringLiteral("Instituttleder"));
    CHECK(states.first().scope == QStringLiteral("review"));
    CHECK_FALSE(states.first().changedSince);
    banner = reportBanner(view);
    CHECK(banner->stateText().contains(QStringLiteral("signed off by Ola Leder")));
    CHECK_FALSE(banner->stateText().contains(QStringLiteral("Changed since")));
    // The Overview shows it too.
    auto *overviewBanner = view->findChild<QWidget *>(QStringLiteral("page_overview"))->findChild<SignOffBanner *>();
    REQUIRE(overviewBanner);
    CHECK(overviewBanner->stateText().contains(QStringLiteral("Ola Leder")));

    // Edit a goal through the table: the sign-off no longer matches.
    TableEditor *goals = iktest::showEditor(view, QStringLiteral("initiate"), QStringLiteral("goal"));
    REQUIRE(goals->model()->rowCount() > 0);
    iktest::typeInto(goals, 0, QStringLiteral("title"), QStringLiteral("Null fraværsskader"));
    settle();
    REQUIRE(signOffStates(file, year).first().changedSince);
    CHECK(reportBanner(view)->stateText().contains(QStringLiteral("Changed since sign-off: 1 change")));

    // The change log lists the edit as people read it, since the sign-off.
    auto *sharing = window.findChild<SharingActions *>();
    auto *log = qobject_cast<ChangeLogView *>(sharing->changeLogDock()->widget());
    REQUIRE(log);
    log->setPeriod(ChangeLogView::SinceSignOff);
    log->setTable(QStringLiteral("goal"));
    settle();
    REQUIRE(log->list()->topLevelItemCount() == 1);
    CHECK(log->list()->topLevelItem(0)->text(2).contains(QStringLiteral("Null fraværsskader")));
    CHECK(log->list()->topLevelItem(0)->text(3).contains(QStringLiteral("→")));
    CHECK(log->list()->topLevelItem(0)->text(1) == QStringLiteral("Kari Koordinator"));

    // Withdrawing goes through the undo stack: undo brings the sign-off back.
    QString error;
    REQUIRE(withdrawUndoable({&file, view->undoStack(), year}, signOffStates(file, year).first().id,
                             QStringLiteral("Endret etter signering"), &error));
    CHECK(signOffStates(file, year).isEmpty());
    view->undoStack()->undo();
    CHECK(signOffStates(file, year).size() == 1);
}

TEST_CASE("a comment on a record, listed in the Comments panel and resolved", "[gui][sharing]")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    UnitView *view = window.unitView();
    UnitFile &file = *view->file();
    REQUIRE(file.count(QStringLiteral("comment")) == 0);

    TableEditor *actions = iktest::showEditor(view, QStringLiteral("plan"), QStringLiteral("action"));
    REQUIRE(actions->model()->rowCount() > 0);
    actions->view()->setCurrentIndex(actions->proxy()->index(0, 0));
    const QString actionId = actions->currentId();
    REQUIRE_FALSE(actionId.isEmpty());
    QAction *comment = nullptr;
    for (QAction *a : actions->view()->actions())
        if (a->objectName() == QLatin1String("commentAction"))
            comment = a;
    REQUIRE(comment);
    whenModal<QInputDialog>([](QInputDialog *d) {
        d->setTextValue(QStringLiteral("Hvem følger opp dette?"));
        d->accept();
    });
    comment->trigger();
    settle();

    QList<Record> comments = file.records(QStringLiteral("comment"));
    REQUIRE(comments.size() == 1);
    CHECK(comments.first().value(QStringLiteral("table_name")).toString() == QStringLiteral("action"));
    CHECK(comments.first().value(QStringLiteral("record_id")).toString() == actionId);
    CHECK(comments.first().value(QStringLiteral("author")).toString() == QStringLiteral("Kari Koordinator"));
    CHECK(comments.first().value(QStringLiteral("body")).toString() == QStringLiteral("Hvem følger opp dette?"));
    CHECK_FALSE(comments.first().value(QStringLiteral("resolved")).toBool());

    auto *sharing = window.findChild<SharingActions *>();
    sharing->commentsDock()->show();
    auto *panel = qobject_cast<CommentsPanel *>(sharing->commentsDock()->widget());
    REQUIRE(panel);
    settle();
    REQUIRE(panel->list()->topLevelItemCount() == 1);
    CHECK(panel->list()->topLevelItem(0)->text(0).contains(file.displayName(QStringLiteral("action"), actionId)));
    panel->list()->setCurrentItem(panel->list()->topLevelItem(0));
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("resolveButton")), Qt::LeftButton);
    settle();
    comments = file.records(QStringLiteral("comment"));
    REQUIRE(comments.size() == 1);
    CHECK(comments.first().value(QStringLiteral("resolved")).toBool());
    CHECK(comments.first().value(QStringLiteral("resolved_by")).toString() == QStringLiteral("Kari Koordinator"));
    CHECK(panel->list()->topLevelItemCount() == 0);
    // One undo step reopens it.
    view->undoStack()->undo();
    const std::optional<Record> reopened = file.record(QStringLiteral("comment"), comments.first().value(QStringLiteral("id")).toString());
    INFO("comments after undo: " << file.count(QStringLiteral("comment")) << ", undo text: " << view->undoStack()->undoText().toStdString());
    REQUIRE(reopened);
    CHECK_FALSE(reopened->value(QStringLiteral("resolved")).toBool());
}

TEST_CASE("Start Next Year evaluates last year's goals, starts the year and locks the old one", "[gui][cycle]")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    UnitView *view = window.unitView();
    UnitFile &file = *view->file();
    const int last = file.latestYear();
    const QList<QString> open = unevaluatedGoals(file, last);
    REQUIRE_FALSE(open.isEmpty());

    whenModal<NewYearDialog>([&open](NewYearDialog *d) {
        CHECK(d->goals()->rowCount() == open.size());
        auto *start = d->findChild<QPushButton *>(QStringLiteral("startButton"));
        // Without results the year does not start.
        QTest::mouseClick(start, Qt::LeftButton);
        CHECK_FALSE(d->started());
        for (int row = 0; row < d->goals()->rowCount(); ++row)
            d->setEvaluation(row, row == 0 ? QStringLiteral("partly") : QStringLiteral("reached"),
                             QStringLiteral("Vurdert %1").arg(row));
        QTest::mouseClick(start, Qt::LeftButton);
        CHECK(d->started());
        QTest::mouseClick(start, Qt::LeftButton); // now "Close"
    });
    window.startNextYear();
    settle();

    CHECK(file.years().contains(last + 1));
    CHECK(file.latestYear() == last + 1);
    CHECK(view->year() == last + 1);
    CHECK(window.windowTitle().contains(QString::number(last + 1)));
    CHECK(file.count(QStringLiteral("checklist_item"), RecordFilter::ofYear(last + 1)) > 30);
    CHECK(unevaluatedGoals(file, last).isEmpty());
    RecordFilter f;
    f.year = last;
    QStringList results;
    for (const Record &g : file.records(QStringLiteral("goal"), f))
        if (g.value(QStringLiteral("evaluation")).toString() == QStringLiteral("Vurdert 0"))
            results << g.value(QStringLiteral("result")).toString();
    CHECK(results == QStringList{QStringLiteral("partly")});
    CHECK(file.isYearLocked(last));

    // The old year reads as locked, and Unlock Year (undoable) opens it again.
    view->setYear(last);
    settle();
    auto *banner = view->page(0)->findChild<YearLockBanner *>();
    REQUIRE(banner);
    CHECK_FALSE(banner->isHidden());
    QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("unlockYear")), Qt::LeftButton);
    settle();
    CHECK_FALSE(file.isYearLocked(last));
    CHECK(banner->isHidden());
    view->undoStack()->undo();
    CHECK(file.isYearLocked(last));
}

TEST_CASE("a locked year's tables take no edits, and take them again as soon as it is unlocked", "[gui][cycle]")
{
    isolateSettings();
    QTemporaryDir dir;
    MainWindow window;
    UnitView *view = iktest::openInWindow(window, makeDemo(dir));
    TableEditor *goals = iktest::showEditor(view, QStringLiteral("initiate"), QStringLiteral("goal"));
    TableEditor *checklist = view->phasePage(QStringLiteral("initiate"))->checklist()->editor();
    REQUIRE(goals->model()->rowCount() > 0);
    REQUIRE(checklist->model()->rowCount() > 0);
    UnitFile &file = *view->file();
    auto *add = goals->findChild<QPushButton *>(QStringLiteral("addButton"));
    auto *remove = goals->findChild<QPushButton *>(QStringLiteral("deleteButton"));
    auto *banner = view->phasePage(QStringLiteral("initiate"))->findChild<YearLockBanner *>();
    REQUIRE(banner);
    REQUIRE(checklist->isVisible());
    // The buttons beside other tables that write to the file: each follows the lock too.
    auto *importDeviations = view->phasePage(QStringLiteral("map"))->findChild<QPushButton *>(QStringLiteral("importDeviations"));
    auto *makeAction = view->phasePage(QStringLiteral("follow_up"))->findChild<QPushButton *>(QStringLiteral("makeAction"));
    auto *risks = view->phasePage(QStringLiteral("map"))->findChild<RiskView *>();
    REQUIRE(importDeviations);
    REQUIRE(makeAction);
    // Make an action acts on the selected finding: select one (that of the first round).
    PhasePage *followUp = view->phasePage(QStringLiteral("follow_up"));
    TableEditor *rounds = followUp->editor(QStringLiteral("inspection_round"));
    TableEditor *findings = followUp->editor(QStringLiteral("inspection_finding"));
    REQUIRE(rounds);
    REQUIRE(findings);
    rounds->view()->setCurrentIndex(rounds->proxy()->index(0, 0));
    QApplication::processEvents();
    REQUIRE(findings->model()->rowCount() > 0);
    findings->view()->setCurrentIndex(findings->proxy()->index(0, 0));
    QApplication::processEvents();
    REQUIRE(risks);
    REQUIRE(risks->riskList()->count() > 0);
    risks->riskList()->setCurrentRow(0);
    auto *createRiskAction = risks->findChild<QPushButton *>(QStringLiteral("createRiskAction"));
    REQUIRE(createRiskAction);
    const auto writingButtonsEnabled = [&](bool enabled) {
        CHECK(importDeviations->isEnabled() == enabled);
        CHECK(makeAction->isEnabled() == enabled);
        CHECK(createRiskAction->isEnabled() == enabled);
        CHECK(risks->findChild<QPushButton *>(QStringLiteral("importRiskRegister"))->isEnabled() == enabled);
    };
    writingButtonsEnabled(true);
    const auto title = [&] { return file.record(QStringLiteral("goal"), goals->model()->recordId(0))->value(QStringLiteral("title")).toString(); };
    const QString before = title();
    const auto expectLocked = [&] {
        CHECK_FALSE(iktest::canEditCell(goals, 0, QStringLiteral("title")));
        CHECK_FALSE(iktest::canEditCell(checklist, 0, QStringLiteral("status")));
        CHECK_FALSE(add->isEnabled());
        CHECK_FALSE(remove->isEnabled());
        writingButtonsEnabled(false);
        CHECK(goals->view()->editTriggers() == QAbstractItemView::NoEditTriggers);
        CHECK(title() == before);
    };
    CHECK(iktest::canEditCell(goals, 0, QStringLiteral("title")));
    CHECK(iktest::canEditCell(checklist, 0, QStringLiteral("status")));
    CHECK(add->isEnabled());

    // The shown year locked while its pages are open, as Start Next Year locks the old year.
    const int year = view->year();
    QString error;
    for (const Record &r : file.records(QStringLiteral("review_year")))
        if (r.value(QStringLiteral("year")).toInt() == year)
            REQUIRE(file.update(QStringLiteral("review_year"), r.value(QStringLiteral("id")).toString(), {{QStringLiteral("locked"), true}}, &error));
    REQUIRE(file.isYearLocked(year));
    expectLocked(); // at once, without reopening the page
    settle();       // the banner follows on a short timer
    CHECK(banner->isVisible());

    // Unlock Year on the banner: the same tables take edits at once.
    const int beforeUnlock = view->undoStack()->index();
    QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("unlockYear")), Qt::LeftButton);
    QApplication::processEvents();
    REQUIRE_FALSE(file.isYearLocked(year));
    CHECK(add->isEnabled());
    writingButtonsEnabled(true);
    CHECK(iktest::canEditCell(checklist, 0, QStringLiteral("status")));
    iktest::typeInto(goals, 0, QStringLiteral("title"), QStringLiteral("Låst opp og endret"));
    CHECK(title() == QStringLiteral("Låst opp og endret"));
    iktest::addByTyping(goals, QStringLiteral("Nytt mål etter opplåsing"));

    // Undone back to before the unlock, the year is locked again, and the tables follow.
    view->undoStack()->setIndex(beforeUnlock);
    QApplication::processEvents();
    REQUIRE(file.isYearLocked(year));
    expectLocked();
}

TEST_CASE("merging a returned copy with one conflict, taking theirs", "[gui][sharing]")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    const QString copy = dir.filePath(QStringLiteral("returned.db"));
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    UnitView *view = window.unitView();
    UnitFile &file = *view->file();
    QString error;
    REQUIRE(file.saveCopy(copy, &error));

    TableEditor *goals = iktest::showEditor(view, QStringLiteral("initiate"), QStringLiteral("goal"));
    const QString goalId = goals->model()->recordId(0);
    const QString otherGoal = goals->model()->recordId(1);
    REQUIRE_FALSE(otherGoal.isEmpty());
    {
        FileCheck check;
        auto theirs = UnitFile::open(copy, UnitFile::Mode::ReadWrite, &check);
        REQUIRE(theirs);
        theirs->setUserName(QStringLiteral("Ola Leder"));
        REQUIRE(theirs->update(QStringLiteral("goal"), goalId, {{QStringLiteral("measure"), QStringLiteral("Deres mål")}}, &error));
        REQUIRE(theirs->update(QStringLiteral("goal"), otherGoal, {{QStringLiteral("description"), QStringLiteral("Lagt til av leder")}}, &error));
    }
    iktest::typeInto(goals, rowOfId(goals, goalId), QStringLiteral("measure"), QStringLiteral("Mitt mål"));
    REQUIRE(file.record(QStringLiteral("goal"), goalId)->value(QStringLiteral("measure")).toString() == QStringLiteral("Mitt mål"));

    QString backup;
    whenModal<MergeDialog>([&backup](MergeDialog *d) {
        CHECK(d->isValid());
        CHECK(d->plan().conflicts.size() == 1);
        CHECK(d->plan().updates.size() >= 1);
        if (d->plan().conflicts.size() != 1) {
            d->reject();
            return;
        }
        d->setChoice(0, ConflictChoice::Theirs);
        auto *merge = d->findChild<QPushButton *>(QStringLiteral("mergeButton"));
        QTest::mouseClick(merge, Qt::LeftButton);
        CHECK(d->merged());
        CHECK(d->message().contains(QStringLiteral("cannot be undone")));
        backup = d->backupPath();
        QTest::mouseClick(merge, Qt::LeftButton);
    });
    window.findChild<SharingActions *>()->mergeFrom(copy);
    settle();

    CHECK(file.record(QStringLiteral("goal"), goalId)->value(QStringLiteral("measure")).toString() == QStringLiteral("Deres mål"));
    CHECK(file.record(QStringLiteral("goal"), otherGoal)->value(QStringLiteral("description")).toString()
          == QStringLiteral("Lagt til av leder"));
    // The file as it was before the merge was saved beside it.
    REQUIRE(QFileInfo::exists(backup));
    CHECK(QFileInfo(backup).absolutePath() == QFileInfo(path).absolutePath());
    FileCheck check;
    auto before = UnitFile::open(backup, UnitFile::Mode::ReadOnly, &check);
    REQUIRE(before);
    CHECK(before->record(QStringLiteral("goal"), goalId)->value(QStringLiteral("measure")).toString() == QStringLiteral("Mitt mål"));
}

namespace {
// The Reporting page, shown, with the report language set to `language`.
QWidget *showReportPage(MainWindow &window, const QString &language)
{
    UnitView *view = window.unitView();
    view->showPage(int(pageKeys().indexOf(QStringLiteral("report"))));
    QWidget *page = view->findChild<QWidget *>(QStringLiteral("page_report"));
    auto *languages = page ? page->findChild<QComboBox *>(QStringLiteral("reportLanguage")) : nullptr;
    if (languages)
        languages->setCurrentIndex(languages->findData(language));
    return languages ? page : nullptr;
}
} // namespace

TEST_CASE("Export PDF on the Report page writes the annual report", "[gui][report]")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    const QString pdf = dir.filePath(QStringLiteral("arsrapport.pdf"));
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    QWidget *page = showReportPage(window, QStringLiteral("en"));
    REQUIRE(page);
    QAction *exportPdf = page->findChild<QAction *>(QStringLiteral("reportExportPdf"));
    REQUIRE(exportPdf);

    bool offered = false;
    whenModal<QFileDialog>([&pdf, &offered](QFileDialog *d) {
        acceptFileDialog(d, pdf);
        whenModal<QMessageBox>([&offered](QMessageBox *box) {
            offered = box->objectName() == QLatin1String("reportWritten");
            box->button(QMessageBox::Close)->click();
        });
    });
    exportPdf->trigger();
    settle();
    CHECK(offered);
    REQUIRE(QFileInfo::exists(pdf));
    CHECK(QSettings().value(QStringLiteral("report/folder")).toString() == QFileInfo(pdf).absolutePath());

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished(20000));
    const QString out = QString::fromUtf8(info.readAllStandardOutput());
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(out);
    REQUIRE(pages.hasMatch());
    CHECK(pages.captured(1).toInt() > 1);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(20000));
    CHECK(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("HSE"))); // English, as chosen
}

TEST_CASE("Export Word… on the Report page and File → Export Report as Word… write the report as DOCX", "[gui][report]")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    QWidget *page = showReportPage(window, QStringLiteral("en"));
    REQUIRE(page);
    QAction *exportDocx = page->findChild<QAction *>(QStringLiteral("reportExportDocx"));
    REQUIRE(exportDocx);

    // The dialog offers a .docx name; a name typed without a suffix gets it.
    const QString folder = dir.filePath(QStringLiteral("reports"));
    REQUIRE(QDir().mkpath(folder));
    QString offeredName;
    bool offered = false;
    whenModal<QFileDialog>([&](QFileDialog *d) {
        offeredName = d->selectedFiles().value(0);
        acceptFileDialog(d, QDir(folder).filePath(QStringLiteral("arsrapport")));
        whenModal<QMessageBox>([&offered](QMessageBox *box) {
            offered = box->objectName() == QLatin1String("reportWritten");
            box->button(QMessageBox::Close)->click();
        });
    });
    exportDocx->trigger();
    settle();
    CHECK(offered);
    CHECK(offeredName.endsWith(QStringLiteral(".docx")));
    const QString docx = QDir(folder).filePath(QStringLiteral("arsrapport.docx"));
    REQUIRE(QFileInfo::exists(docx));
    CHECK(QSettings().value(QStringLiteral("report/folder")).toString() == folder);
    QFile written(docx);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QHash<QString, QByteArray> parts = iktest::unzip(written.readAll());
    CHECK(parts.value(QStringLiteral("word/styles.xml")).contains("w:val=\"en-GB\"")); // English, as chosen
    CHECK(parts.value(QStringLiteral("word/document.xml")).contains("<w:pStyle w:val=\"Heading1\"/>"));

    // The File menu's entry writes the same, in the language chosen on the Report page, and
    // starts in the folder the last report went to.
    showReportPage(window, QStringLiteral("nb"));
    QAction *fileEntry = window.findChild<QAction *>(QStringLiteral("fileExportReportDocx"));
    REQUIRE(fileEntry);
    CHECK(fileEntry->isEnabled());
    QString startFolder;
    whenModal<QFileDialog>([&](QFileDialog *d) {
        startFolder = d->directory().absolutePath();
        acceptFileDialog(d, QDir(folder).filePath(QStringLiteral("fra-menyen.docx")));
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Close)->click(); });
    });
    fileEntry->trigger();
    settle();
    CHECK(startFolder == folder);
    QFile fromMenu(QDir(folder).filePath(QStringLiteral("fra-menyen.docx")));
    REQUIRE(fromMenu.open(QIODevice::ReadOnly));
    const QByteArray menuStyles = iktest::unzip(fromMenu.readAll()).value(QStringLiteral("word/styles.xml"));
    CHECK(menuStyles.contains("w:val=\"nb-NO\""));

    // The unit file itself is refused, with a message, and stays as it was.
    const QByteArray before = iktest::fileHash(path);
    QString message;
    whenModal<QFileDialog>([&](QFileDialog *d) {
        // The dialog asks first whether to replace the file that is there; then the refusal.
        whenModal<QMessageBox>([&message](QMessageBox *replace) {
            whenModal<QMessageBox>([&message](QMessageBox *box) {
                message = box->text();
                box->button(QMessageBox::Ok)->click();
            });
            replace->button(QMessageBox::Yes)->click();
        });
        acceptFileDialog(d, path);
    });
    exportDocx->trigger();
    settle();
    CHECK_FALSE(message.isEmpty());
    CHECK(iktest::fileHash(path) == before);
}

TEST_CASE("Preview paints the report on the printer; Export Calendar writes the deadlines; opening tells what is due",
          "[gui][report][cycle]")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    UnitView *view = window.unitView();
    const YearStatus status = yearStatus(*view->file(), view->year(), QDate::currentDate());
    REQUIRE_FALSE(status.overdue.isEmpty());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("%1 overdue").arg(status.overdue.size())));

    view->showPage(int(pageKeys().indexOf(QStringLiteral("report"))));
    QWidget *page = view->findChild<QWidget *>(QStringLiteral("page_report"));
    QAction *preview = page->findChild<QAction *>(QStringLiteral("reportPreview"));
    REQUIRE(preview);
    int previewPages = 0;
    QRect previewGeometry, screen;
    whenModal<QPrintPreviewDialog>([&](QPrintPreviewDialog *d) {
        QApplication::processEvents();
        if (auto *widget = d->findChild<QPrintPreviewWidget *>())
            previewPages = widget->pageCount();
        previewGeometry = d->frameGeometry();
        screen = d->screen()->availableGeometry();
        d->reject();
    });
    preview->trigger();
    CHECK(previewPages > 1);
    // The preview fits the screen it opens on (no fixed 1000 px height).
    INFO("screen " << screen.height() << ", preview " << previewGeometry.height());
    CHECK(previewGeometry.height() <= screen.height());
    CHECK(previewGeometry.width() <= screen.width());

    const QString ics = dir.filePath(QStringLiteral("frister.ics"));
    QAction *calendar = window.findChild<QAction *>(QStringLiteral("calendarAction"));
    REQUIRE(calendar);
    CHECK(calendar->isEnabled());
    whenModal<QFileDialog>([&ics](QFileDialog *d) {
        acceptFileDialog(d, ics);
    });
    calendar->trigger();
    settle();
    INFO(window.statusBar()->currentMessage().toStdString());
    QFile f(ics);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    CHECK(data.startsWith("BEGIN:VCALENDAR"));
    CHECK(data.count("BEGIN:VEVENT") > 0);
}

TEST_CASE("The tertial report is exported from the Follow up page, as PDF and as CSV", "[gui][cycle]")
{
    isolateSettings();
    QSettings().setValue(QStringLiteral("report/language"), QStringLiteral("en"));
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    UnitView *view = window.unitView();
    view->showPage(int(pageKeys().indexOf(QStringLiteral("follow_up"))));
    auto *summary = view->findChild<TertialSummary *>();
    REQUIRE(summary);
    auto *exportButton = summary->findChild<QPushButton *>(QStringLiteral("exportTertialReport"));
    REQUIRE(exportButton);
    summary->setReportTertial(2);
    const TertialOverview expected = loadTertialOverview(*view->file(), view->year(), 2);
    REQUIRE(expected.total > 0);

    // Through the button and the file dialog, as the coordinator does it.
    const QString pdf = dir.filePath(QStringLiteral("tertial.pdf"));
    bool offered = false;
    whenModal<QFileDialog>([&pdf, &offered](QFileDialog *d) {
        acceptFileDialog(d, pdf);
        whenModal<QMessageBox>([&offered](QMessageBox *box) {
            offered = box->objectName() == QLatin1String("tertialReportWritten");
            box->button(QMessageBox::Close)->click();
        });
    });
    QTest::mouseClick(exportButton, Qt::LeftButton);
    settle();
    CHECK(offered);
    REQUIRE(QFileInfo::exists(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(20000));
    const QString body = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    CHECK(body.contains(QStringLiteral("Deviations, tertial 2 %1").arg(view->year())));
    CHECK(body.contains(QStringLiteral("%1 deviations were reported in the tertial, against %2")
                            .arg(expected.total)
                            .arg(expected.totalLastYear)));

    // A name ending in .csv gives the figures as CSV.
    const QString csv = dir.filePath(QStringLiteral("tertial.csv"));
    QString error;
    REQUIRE(summary->writeReport(csv, &error));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == tertialCsv(expected, QStringLiteral("en")));
}

TEST_CASE("Year over year shows every year of the file and follows changes", "[gui][cycle]")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    MainWindow window;
    window.resize(1300, 900);
    window.show();
    REQUIRE(window.openFile(path));
    UnitView *view = window.unitView();
    view->showPage(int(pageKeys().indexOf(QStringLiteral("follow_up"))));
    PhasePage *page = view->phasePage(QStringLiteral("follow_up"));
    auto *overview = page->findChild<YearOverview *>();
    REQUIRE(overview);
    for (int i = 0; i < page->tabs()->count(); ++i)
        if (page->tabs()->widget(i) == overview)
            page->tabs()->setCurrentIndex(i);
    settle();
    REQUIRE(overview->isVisible());

    const QList<int> years = view->file()->years();
    QTableWidget *table = overview->table();
    REQUIRE(table->columnCount() == years.size() + 1);
    for (int c = 0; c < years.size(); ++c)
        CHECK(table->horizontalHeaderItem(c + 1)->text() == QString::number(years[c]));
    const auto rowOf = [table](const QString &label) {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == label)
                return r;
        return -1;
    };
    const int deviations = rowOf(QStringLiteral("Deviations, whole year"));
    REQUIRE(deviations >= 0);
    const YearComparison c = loadYearComparison(*view->file());
    for (int i = 0; i < years.size(); ++i)
        CHECK(table->item(deviations, i + 1)->text() == QString::number(c.years[i].deviations));
    CHECK(overview->deviationChart()->chart().bars.size() == years.size());
    CHECK(overview->riskChart()->chart().groups.size() == years.size());

    // A deviation reported now shows in the latest year's column without reopening anything.
    QString error;
    REQUIRE_FALSE(view->file()->insert(QStringLiteral("deviation"),
                                       {{QStringLiteral("year"), years.last()},
                                        {QStringLiteral("reported_on"), QDate(years.last(), 10, 2)},
                                        {QStringLiteral("title"), QStringLiteral("Ny hendelse")}},
                                       &error)
                      .isEmpty());
    settle();
    CHECK(table->item(deviations, years.size())->text() == QString::number(c.years.last().deviations + 1));
}

TEST_CASE("a CSV import from the Mapping page is one step that Undo takes back and Redo puts back", "[gui][import]")
{
    isolateSettings();
    QTemporaryDir dir;
    MainWindow window;
    UnitView *view = iktest::openInWindow(window, makeDemo(dir));
    UnitFile &file = *view->file();
    TableEditor *deviations = iktest::showEditor(view, QStringLiteral("map"), QStringLiteral("deviation"));
    const int year = view->year();
    const QString csv = dir.filePath(QStringLiteral("avvik.csv"));
    {
        QFile out(csv);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("case_number;reported_on;category;title\n");
        for (int i = 1; i <= 120; ++i)
            out.write(QStringLiteral("IMP-%1;%2-03-%3;hazard;Importert avvik %1\n")
                          .arg(i).arg(year).arg(1 + i % 28, 2, 10, QLatin1Char('0')).toUtf8());
    }
    const int before = file.count(QStringLiteral("deviation"));
    const int shownBefore = deviations->model()->rowCount();
    QString reported;
    whenModal<QFileDialog>([&csv](QFileDialog *d) { acceptFileDialog(d, csv); });
    whenModal<ImportDialog>([](ImportDialog *d) { d->accept(); }); // the mapping as guessed
    whenModal<QMessageBox>([&reported](QMessageBox *box) {
        reported = box->text();
        box->accept();
    });
    QTest::mouseClick(deviations->findChild<QPushButton *>(QStringLiteral("importDeviations")), Qt::LeftButton);
    settle();
    CHECK(reported.contains(QStringLiteral("120")));
    CHECK(reported.contains(QStringLiteral("Undo"))); // says how to take it back
    REQUIRE(file.count(QStringLiteral("deviation")) == before + 120);
    CHECK(deviations->model()->rowCount() > shownBefore);

    QAction *undo = iktest::actionWith(window, QKeySequence::Undo);
    QAction *redo = iktest::actionWith(window, QKeySequence::Redo);
    REQUIRE(undo);
    REQUIRE(redo);
    CHECK(undo->isEnabled());
    CHECK(undo->text().contains(QStringLiteral("Import"), Qt::CaseInsensitive));
    undo->trigger();
    settle();
    CHECK(file.count(QStringLiteral("deviation")) == before);
    CHECK(deviations->model()->rowCount() == shownBefore); // the table follows
    RecordFilter imported;
    imported.equals.insert(QStringLiteral("case_number"), QStringLiteral("IMP-1"));
    CHECK(file.count(QStringLiteral("deviation"), imported) == 0);

    redo->trigger();
    settle();
    CHECK(file.count(QStringLiteral("deviation")) == before + 120);
    CHECK(file.count(QStringLiteral("deviation"), imported) == 1);
}

TEST_CASE("A lock left by another computer: the banner offers Open for Editing Anyway, which after the warning makes the file writable",
          "[gui][sharing]")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    {
        // As QLockFile writes it, on a laptop that crashed yesterday with the file on a share.
        QFile lock(lockFilePath(path));
        REQUIRE(lock.open(QIODevice::WriteOnly));
        lock.write("4242\ninternkontroll\nlaptop-kari\n0123456789abcdef0123456789abcdef\nboot\n");
        REQUIRE(lock.flush());
        REQUIRE(lock.setFileTime(QDateTime::currentDateTimeUtc().addDays(-1), QFileDevice::FileModificationTime));
    }
    MainWindow window;
    UnitView *view = iktest::openInWindow(window, path);
    REQUIRE(view->file()->isReadOnly());
    auto *banner = view->findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("laptop-kari")));
    auto *breakLock = view->findChild<QPushButton *>(QStringLiteral("breakLockButton"));
    REQUIRE(breakLock);
    REQUIRE(breakLock->isVisible());

    // Cancelled: nothing changes.
    QString warning;
    whenModal<QMessageBox>([&warning](QMessageBox *box) {
        warning = box->text() + QLatin1Char('\n') + box->informativeText();
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::mouseClick(breakLock, Qt::LeftButton);
    settle(300);
    CHECK(warning.contains(QStringLiteral("laptop-kari")));
    CHECK(warning.contains(QStringLiteral("can be lost")));
    REQUIRE(window.unitView() == view);
    CHECK(view->file()->isReadOnly());
    CHECK(lockHolder(path)->pid == 4242);

    // Confirmed: the file opens again, writable, with this program's lock.
    whenModal<QMessageBox>([](QMessageBox *box) {
        auto *open = box->findChild<QPushButton *>(QStringLiteral("openForEditingButton"));
        if (!open) {
            FAIL_CHECK("the warning has no Open for Editing button");
            box->reject();
            return;
        }
        open->click();
    });
    const int year = view->year();
    QTest::mouseClick(breakLock, Qt::LeftButton);
    settle(500);
    UnitView *reopened = window.unitView();
    REQUIRE(reopened);
    REQUIRE(reopened != view);
    CHECK_FALSE(reopened->file()->isReadOnly());
    CHECK(reopened->year() == year);
    CHECK_FALSE(reopened->findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
    CHECK(lockHolder(path)->pid == QCoreApplication::applicationPid());
    CHECK(reopened->file()->meta(QStringLiteral("lock_broken")).contains(QStringLiteral("laptop-kari")));
    CHECK_FALSE(window.windowTitle().contains(QStringLiteral("[")));
    TableEditor *goals = iktest::showEditor(reopened, QStringLiteral("initiate"), QStringLiteral("goal"));
    const int before = goals->model()->rowCount();
    iktest::addByTyping(goals, QStringLiteral("Etter krasjet"));
    CHECK(goals->model()->rowCount() == before + 1);
}

TEST_CASE("A lock held by a running window on this computer offers no way around it", "[gui][sharing]")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    FileCheck check;
    auto holder = UnitFile::open(path, UnitFile::Mode::ReadWrite, &check);
    REQUIRE(holder);
    REQUIRE_FALSE(holder->isReadOnly());
    MainWindow window;
    UnitView *view = iktest::openInWindow(window, path);
    CHECK(view->file()->isReadOnly());
    CHECK(view->findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
    CHECK_FALSE(view->findChild<QPushButton *>(QStringLiteral("breakLockButton"))->isVisible());
}

TEST_CASE("A file left half-written under another computer's lock: opening it offers to break the lock, and rolls it back",
          "[gui][sharing]")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString source = makeDemo(dir, QStringLiteral("source.db"));
    // The file and its journal in the middle of a write, as a crash left them.
    const QString path = dir.filePath(QStringLiteral("delt.db"));
    REQUIRE(iktest::snapshotMidTransaction(source, path, {QStringLiteral("DELETE FROM deviation")}));
    {
        QFile lock(lockFilePath(path));
        REQUIRE(lock.open(QIODevice::WriteOnly));
        lock.write("4242\ninternkontroll\nlaptop-kari\n0123456789abcdef0123456789abcdef\nboot\n");
    }
    QString warning;
    whenModal<QMessageBox>([&warning](QMessageBox *box) {
        warning = box->informativeText();
        if (auto *open = box->findChild<QPushButton *>(QStringLiteral("openForEditingButton")))
            open->click();
        else
            box->reject();
    });
    MainWindow window;
    UnitView *view = iktest::openInWindow(window, path);
    CHECK(warning.contains(QStringLiteral("rolled back")));
    CHECK_FALSE(view->file()->isReadOnly());
    CHECK(view->file()->count(QStringLiteral("deviation")) > 0); // the unfinished delete is undone
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
}
