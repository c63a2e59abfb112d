// File → Faculty Overview…: the window reads a folder off the GUI thread, sorts and filters the
// units, opens one read-only in the main window and exports, leaving every unit file as it was.
#include "catch.h"
#include "guitestsupport.h"
#include "testsupport.h"

#include "core/exchange/xlsxreader.h"
#include "core/review/demounit.h"
#include "core/store/unitfile.h"
#include "ui/rollup/facultyoverviewwindow.h"
#include "ui/rollup/facultytablemodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QHeaderView>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

using namespace ik;
using namespace ik::ui;

namespace {

constexpr int kYear = 2026;

void makeUnit(const QString &path, quint32 seed, const QString &name)
{
    DemoOptions o;
    o.seed = seed;
    o.year = kYear;
    o.asOf = QDate(kYear, 10, 15);
    QString error;
    auto file = createDemo(path, o, &error);
    REQUIRE(file);
    const QString id = file->records(QStringLiteral("unit")).constFirst().value(QStringLiteral("id")).toString();
    REQUIRE(file->update(QStringLiteral("unit"), id, {{QStringLiteral("name"), name}}, &error));
}

int rowOf(const QSortFilterProxyModel *proxy, const QString &unit)
{
    for (int r = 0; r < proxy->rowCount(); ++r)
        if (proxy->index(r, 0).data().toString() == unit)
            return r;
    return -1;
}

} // namespace

TEST_CASE("The faculty overview window reads a folder, sorts, filters, opens a unit read-only and exports", "[gui][rollup]")
{
    QTemporaryDir dir;
    makeUnit(dir.filePath(QStringLiteral("a.db")), 3, QStringLiteral("Institutt for fysikk"));
    makeUnit(dir.filePath(QStringLiteral("b.db")), 4, QStringLiteral("Institutt for kjemi"));
    REQUIRE(iktest::writeFile(dir.filePath(QStringLiteral("c.db")), "ikke en enhetsfil"));
    const QByteArray hashA = iktest::fileHash(dir.filePath(QStringLiteral("a.db")));

    MainWindow window;
    window.resize(1200, 800);
    window.show();
    // The menu entry opens the window.
    QAction *entry = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Faculty Overview")))
            entry = a;
    REQUIRE(entry);
    entry->trigger();
    auto *overview = window.findChild<FacultyOverviewWindow *>();
    REQUIRE(overview);
    REQUIRE(overview->isVisible());
    QAbstractItemModelTester tester(overview->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    overview->setYear(kYear);
    QSignalSpy finished(overview, &FacultyOverviewWindow::finished);
    overview->read({dir.path()});
    CHECK(overview->isReading());
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(overview->isReading());
    QSortFilterProxyModel *proxy = overview->proxy();
    REQUIRE(proxy->rowCount() == 3);

    // A click on the overdue actions' header sorts by the number (most first, clicked again if need be).
    FacultyTableModel *model = overview->model();
    const int overdue = model->column(QStringLiteral("actions_overdue"));
    REQUIRE(overdue > 0);
    QHeaderView *header = overview->table()->horizontalHeader();
    const auto clickHeader = [&](int column) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2));
    };
    overview->table()->scrollTo(proxy->index(0, overdue));
    clickHeader(overdue);
    if (header->sortIndicatorOrder() != Qt::DescendingOrder)
        clickHeader(overdue);
    REQUIRE(header->sortIndicatorSection() == overdue);
    REQUIRE(header->sortIndicatorOrder() == Qt::DescendingOrder);
    const int first = proxy->index(0, overdue).data(FacultyTableModel::SortRole).toInt();
    const int second = proxy->index(1, overdue).data(FacultyTableModel::SortRole).toInt();
    CHECK(first >= second);
    CHECK(proxy->index(2, 0).data().toString() == QStringLiteral("c")); // not read: no figure, last
    CHECK(proxy->index(2, model->column(QStringLiteral("read"))).data().toString().contains(QStringLiteral("c.db")));

    // The filter field: one institute.
    auto *filter = overview->findChild<QLineEdit *>(QStringLiteral("rollupFilter"));
    REQUIRE(filter);
    QTest::keyClicks(filter, QStringLiteral("kjemi"));
    REQUIRE(proxy->rowCount() == 1);
    CHECK(proxy->index(0, 0).data().toString() == QStringLiteral("Institutt for kjemi"));
    filter->clear();
    REQUIRE(proxy->rowCount() == 3);

    // Open Read-Only from a row: the main window shows the unit, read-only, and the file stays as it was.
    const int fysikk = rowOf(proxy, QStringLiteral("Institutt for fysikk"));
    REQUIRE(fysikk >= 0);
    overview->table()->selectRow(fysikk);
    auto *open = overview->findChild<QPushButton *>(QStringLiteral("openReadOnly"));
    REQUIRE(open);
    REQUIRE(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    REQUIRE(window.unitView());
    CHECK(window.unitView()->file()->isReadOnly());
    CHECK(window.unitView()->file()->unitName() == QStringLiteral("Institutt for fysikk"));
    window.closeFile();
    CHECK(iktest::fileHash(dir.filePath(QStringLiteral("a.db"))) == hashA);
    // The refused file's row cannot be opened.
    overview->table()->selectRow(rowOf(proxy, QStringLiteral("c")));
    CHECK_FALSE(open->isEnabled());

    // Export: the workbook holds the rows the window shows.
    QTemporaryDir out;
    QString error;
    const QString xlsxPath = out.filePath(QStringLiteral("fakultet.xlsx"));
    REQUIRE(overview->exportTo(xlsxPath, &error));
    QFile xlsxFile(xlsxPath);
    REQUIRE(xlsxFile.open(QIODevice::ReadOnly));
    const auto book = xlsx::Workbook::open(xlsxFile.readAll(), &error);
    REQUIRE(book);
    const auto sheet = book->sheet(0, &error);
    REQUIRE(sheet);
    CHECK(sheet->rows.size() == 3);
    REQUIRE(overview->exportTo(out.filePath(QStringLiteral("fakultet.pdf")), &error));
    CHECK(QFileInfo(out.filePath(QStringLiteral("fakultet.pdf"))).size() > 1000);
    // Never over a unit file read.
    CHECK_FALSE(overview->exportTo(dir.filePath(QStringLiteral("b.db")), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(iktest::fileHash(dir.filePath(QStringLiteral("a.db"))) == hashA);
}
