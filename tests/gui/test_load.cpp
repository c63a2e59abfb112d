// Load: 100 000 deviations. The table opens, scrolls and filters without loading every row, and
// without keeping the window busy for long.
#include "catch.h"

#include "mainwindow.h"
#include "phasenames.h"
#include "phasepage.h"
#include "recordmodel.h"
#include "tableeditor.h"
#include "unitfile.h"
#include "unitview.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace ik;
using namespace ik::ui;

TEST_CASE("100 000 deviations: the table pages, filters in the file, and stays responsive", "[gui][load]")
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("load.db"));
    const int total = 100000;
    {
        QString error;
        auto file = UnitFile::create(path, {QStringLiteral("Last"), 2026, QStringLiteral("ntnu"), {}}, &error);
        REQUIRE(file);
        const QSignalBlocker quiet(file.get());
        UnitFile::Transaction tx(*file);
        const QStringList categories{QStringLiteral("injury"), QStringLiteral("near_miss"), QStringLiteral("hazard"),
                                     QStringLiteral("environment")};
        for (int i = 0; i < total; ++i)
            REQUIRE_FALSE(file->insert(QStringLiteral("deviation"),
                                       {{QStringLiteral("year"), 2026},
                                        {QStringLiteral("reported_on"), QDate(2026, 1, 1).addDays(i % 365)},
                                        {QStringLiteral("title"), QStringLiteral("Avvik %1").arg(i)},
                                        {QStringLiteral("category"), categories[i % 4]}},
                                       &error)
                              .isEmpty());
        REQUIRE(tx.commit(&error));
    }

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QElapsedTimer clock;
    clock.start();
    REQUIRE(window.openFile(path));
    UnitView *view = window.unitView();
    PhasePage *page = view->phasePage(QStringLiteral("map"));
    REQUIRE(page);
    view->showPage(int(pageKeys().indexOf(QStringLiteral("map"))));
    TableEditor *editor = page->editor(QStringLiteral("deviation"));
    REQUIRE(editor);
    for (int i = 0; i < page->tabs()->count(); ++i)
        if (page->tabs()->widget(i)->isAncestorOf(editor))
            page->tabs()->setCurrentIndex(i);
    QApplication::processEvents();
    const qint64 openMs = clock.elapsed();
    RecordModel *model = editor->model();
    INFO("open and show: " << openMs << " ms, rows loaded: " << model->rowCount());
    CHECK(model->rowCount() < total / 10); // never everything up front
    CHECK(model->canFetchMore({}));

    // Scrolling to the end fetches one more page at a time, never the rest in one go.
    const int loaded = model->rowCount();
    clock.restart();
    editor->view()->verticalScrollBar()->setValue(editor->view()->verticalScrollBar()->maximum());
    QApplication::processEvents();
    CHECK(clock.elapsed() < 2000);
    CHECK(model->rowCount() > loaded);
    CHECK(model->rowCount() < total / 10);

    // A filter runs in the file: the first page of matches arrives at once, all of them matches.
    auto *category = editor->findChild<QComboBox *>(QStringLiteral("filter_category"));
    REQUIRE(category);
    clock.restart();
    category->setCurrentIndex(category->findData(QStringLiteral("hazard")));
    QApplication::processEvents();
    const qint64 filterMs = clock.elapsed();
    INFO("filter: " << filterMs << " ms");
    CHECK(filterMs < 2000);
    REQUIRE(model->rowCount() > 0);
    CHECK(model->rowCount() < total / 10);
    const int column = model->columnOf(QStringLiteral("category"));
    for (int row = 0; row < model->rowCount(); ++row)
        REQUIRE(model->data(model->index(row, column), RecordModel::RawRole).toString() == QStringLiteral("hazard"));
    CHECK(model->canFetchMore({})); // 25 000 matches: still paged
}
