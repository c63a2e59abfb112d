// Load: 100 000 deviations. The window never freezes while the file opens, a page is shown, the
// table scrolls, sorts or filters; and the table never loads every row to do it.
#include "catch.h"

#include "ui/shell/mainwindow.h"
#include "ui/pages/phasenames.h"
#include "ui/pages/phasepage.h"
#include "ui/records/recordmodel.h"
#include "core/store/schema.h"
#include "ui/records/tableeditor.h"
#include "core/store/unitfile.h"
#include "ui/shell/unitview.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace ik;
using namespace ik::ui;

namespace {

// The longest time the event loop went without turning while `act` ran in it and what it set off
// settled: what a person sees as the window freezing. A 10 ms timer ticks throughout; the result
// is the longest gap between two ticks.
qint64 longestStall(const std::function<void()> &act, int settleMs = 600)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, longest = 0;
    QTimer ticker;
    ticker.setInterval(10);
    const auto tick = [&] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
    };
    QObject::connect(&ticker, &QTimer::timeout, &ticker, tick);
    ticker.start();
    QTimer::singleShot(0, &ticker, act);
    QEventLoop loop;
    QTimer::singleShot(settleMs, &loop, &QEventLoop::quit);
    loop.exec();
    tick();
    return longest;
}

// One value of the file, straight from SQL: what the model's first row is checked against.
QString fileValue(const UnitFile &file, const QString &sql)
{
    QSqlQuery q(file.database());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

void clickHeader(TableEditor *editor, const QString &column)
{
    QHeaderView *header = editor->view()->horizontalHeader();
    const int section = editor->model()->columnOf(column);
    REQUIRE(section >= 0);
    editor->view()->scrollTo(editor->view()->model()->index(0, section));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(section) + 8, header->height() / 2));
}

QString firstRow(TableEditor *editor, const QString &column)
{
    return editor->view()->model()->index(0, editor->model()->columnOf(column)).data(RecordModel::RawRole).toString();
}

} // namespace

TEST_CASE("100 000 deviations: the table pages, sorts and filters in the file, and stays responsive", "[gui][load]")
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("load.db"));
    const int total = 100000;
    {
        QString error;
        auto file = UnitFile::create(path, {QStringLiteral("Last"), 2026, QStringLiteral("ntnu"), {}}, &error);
        REQUIRE(file);
        UnitFile::Transaction tx(*file);
        // Inserted neither in the choices' order nor in their keys' or labels' alphabetical order.
        const QStringList categories{QStringLiteral("hazard"), QStringLiteral("environment"), QStringLiteral("injury"),
                                     QStringLiteral("near_miss")};
        for (int i = 0; i < total; ++i)
            REQUIRE_FALSE(file->insert(QStringLiteral("deviation"),
                                       {{QStringLiteral("year"), 2026},
                                        {QStringLiteral("reported_on"), QDate(2026, 1, 1).addDays(i % 365)},
                                        {QStringLiteral("title"), QStringLiteral("Avvik %1").arg((i * 7919 + 12345) % total)},
                                        {QStringLiteral("category"), categories[i % 4]}},
                                       &error)
                              .isEmpty());
        REQUIRE(tx.commit(&error));
    }

    // A stall is the GUI thread busy in one go. Before this was measured, opening this file stalled
    // it for 0.36 s in a Debug build and 0.9 s under AddressSanitizer; now the longest stall is
    // about 50 ms and 0.1 s (docs/performance.md). The bound is the issue's ~100 ms with room for a
    // loaded machine, and more for a sanitized build, which runs everything several times slower.
#if defined(__SANITIZE_ADDRESS__)
    const qint64 bound = 800;
#else
    const qint64 bound = 300;
#endif

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();
    bool opened = false;
    qint64 worst = longestStall([&] { opened = window.openFile(path); });
    REQUIRE(opened);
    UnitView *view = window.unitView();
    REQUIRE(view);
    const UnitFile &file = *view->file();
    // A person goes to the Mapping page and its deviations tab.
    worst = std::max(worst, longestStall([&] { view->showPage(int(pageKeys().indexOf(QStringLiteral("map")))); }));
    PhasePage *page = view->phasePage(QStringLiteral("map"));
    REQUIRE(page);
    TableEditor *editor = page->editor(QStringLiteral("deviation"));
    REQUIRE(editor);
    worst = std::max(worst, longestStall([&] {
        for (int i = 0; i < page->tabs()->count(); ++i)
            if (page->tabs()->widget(i)->isAncestorOf(editor))
                page->tabs()->setCurrentIndex(i);
    }));
    RecordModel *model = editor->model();
    INFO("longest stall opening and showing the table: " << worst << " ms, rows loaded: " << model->rowCount());
    CHECK(worst < bound);
    CHECK(model->rowCount() < total / 10); // never everything up front
    CHECK(model->canFetchMore({}));

    // Scrolling to the end fetches one more page at a time, never the rest in one go.
    const int loaded = model->rowCount();
    const qint64 scroll = longestStall([&] {
        editor->view()->verticalScrollBar()->setValue(editor->view()->verticalScrollBar()->maximum());
    });
    INFO("scroll: " << scroll << " ms");
    CHECK(scroll < bound);
    CHECK(model->rowCount() > loaded);
    CHECK(model->rowCount() < total / 10);

    // A header click sorts all 100 000 rows in the file, and still loads one page.
    const qint64 sortUp = longestStall([&] { clickHeader(editor, QStringLiteral("title")); });
    INFO("sort by title: " << sortUp << " ms");
    CHECK(sortUp < bound);
    CHECK(editor->view()->horizontalHeader()->sortIndicatorSection() == model->columnOf(QStringLiteral("title")));
    CHECK(firstRow(editor, QStringLiteral("title")) == fileValue(file, QStringLiteral("SELECT min(title) FROM deviation")));
    CHECK(model->rowCount() <= 500);
    CHECK(model->canFetchMore({}));
    const qint64 sortDown = longestStall([&] { clickHeader(editor, QStringLiteral("title")); });
    INFO("sort by title, descending: " << sortDown << " ms");
    CHECK(sortDown < bound);
    CHECK(firstRow(editor, QStringLiteral("title")) == fileValue(file, QStringLiteral("SELECT max(title) FROM deviation")));
    CHECK(model->rowCount() <= 500);
    // A choice column sorts by the order of its choices (injury, near miss, hazard, environment),
    // not alphabetically by key or label; a new column's first click sorts ascending.
    QStringList used; // the categories in the file, in the choices' order
    for (const Choice &c : schema::choiceSet(QStringLiteral("deviation_category"))->choices) {
        RecordFilter withKey;
        withKey.equals.insert(QStringLiteral("category"), c.key);
        if (file.count(QStringLiteral("deviation"), withKey) > 0)
            used << c.key;
    }
    REQUIRE(used.size() == 4);
    clickHeader(editor, QStringLiteral("category"));
    QApplication::processEvents();
    CHECK(editor->view()->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder);
    CHECK(firstRow(editor, QStringLiteral("category")) == used.first());
    CHECK(model->rowCount() <= 500);
    clickHeader(editor, QStringLiteral("category"));
    QApplication::processEvents();
    CHECK(firstRow(editor, QStringLiteral("category")) == used.last());
    // A date column, clicked twice: the newest first.
    clickHeader(editor, QStringLiteral("reported_on"));
    clickHeader(editor, QStringLiteral("reported_on"));
    QApplication::processEvents();
    CHECK(editor->view()->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(firstRow(editor, QStringLiteral("reported_on")) == fileValue(file, QStringLiteral("SELECT max(reported_on) FROM deviation")));

    // A filter runs in the file and keeps the sort: the first page of matches arrives at once,
    // all of them matches, newest first.
    auto *category = editor->findChild<QComboBox *>(QStringLiteral("filter_category"));
    REQUIRE(category);
    const qint64 filter = longestStall([&] { category->setCurrentIndex(category->findData(QStringLiteral("hazard"))); });
    INFO("filter: " << filter << " ms");
    CHECK(filter < bound);
    REQUIRE(model->rowCount() > 0);
    CHECK(model->rowCount() < total / 10);
    const int column = model->columnOf(QStringLiteral("category"));
    for (int row = 0; row < model->rowCount(); ++row)
        REQUIRE(model->data(model->index(row, column), RecordModel::RawRole).toString() == QStringLiteral("hazard"));
    CHECK(firstRow(editor, QStringLiteral("reported_on"))
          == fileValue(file, QStringLiteral("SELECT max(reported_on) FROM deviation WHERE category = 'hazard'")));
    CHECK(model->canFetchMore({})); // 25 000 matches: still paged
    std::printf("test_load: longest stall %lld ms opening and showing the table, %lld scrolling, %lld and %lld "
                "sorting, %lld filtering\n",
                worst, scroll, sortUp, sortDown, filter);
}
