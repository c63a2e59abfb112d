#include "tools/screenshots/clipboardscreenshots.h"

#include "ui/pages/phasepage.h"
#include "ui/records/recordmodel.h"
#include "ui/records/tableclipboard.h"
#include "ui/records/tableeditor.h"
#include "ui/shell/findinyeardialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/unitview.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>
#include <QThread>

namespace ik::ui {

namespace {

void settle()
{
    for (int i = 0; i < 6; ++i) {
        QApplication::processEvents();
        QThread::msleep(30);
    }
}

bool saved(const QPixmap &shot, const QString &path)
{
    const bool ok = shot.save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qUtf8Printable(path));
    return ok;
}

// Rows as a coordinator copies them from last year's deviation sheet in Excel.
QString spreadsheetRows(const QString &language)
{
    if (language == QLatin1String("nb"))
        return QStringLiteral("AV-2026-901\t02.03.2026\tNestenulykke\tHøy\tGlatt gulv ved inngangen\t\"Vann fra paraplyer.\nMatten mangler.\"\tInngang A\tÅpen\r\n"
                              "AV-2026-902\t05.03.2026\tFarlig forhold\tMiddels\tLøs kabel i korridor\t\tKorridor 2\tLukket\r\n"
                              "AV-2026-903\t09.03.2026\tPersonskade\tLav\tKutt i finger ved prøvetaking\t\tLab 3\tPågår\r\n");
    return QStringLiteral("AV-2026-901\t2026-03-02\tNear miss\tHigh\tSlippery floor at the entrance\t\"Water from umbrellas.\nThe mat is missing.\"\tEntrance A\tOpen\r\n"
                          "AV-2026-902\t2026-03-05\tHazardous condition\tMedium\tLoose cable in corridor\t\tCorridor 2\tClosed\r\n"
                          "AV-2026-903\t2026-03-09\tPersonal injury\tLow\tCut finger while sampling\t\tLab 3\tIn progress\r\n");
}

} // namespace

bool writeClipboardScreenshots(MainWindow &window, const QString &demoPath, const QString &directory,
                               const QString &language)
{
    const QString copy = QDir(directory).filePath(QStringLiteral("paste-demo-%1.db").arg(language));
    QFile::remove(copy);
    if (!QFile::copy(demoPath, copy) || !window.openFile(copy))
        return false;
    UnitView *view = window.unitView();
    bool ok = true;
    // At a laptop's 1366×768, where a paste and the search window must still read well.
    const QSize size = window.size();
    window.resize(1366, 768);

    // Three rows pasted under the last deviation: the block stays selected.
    PhasePage *map = view->phasePage(QStringLiteral("map"));
    TableEditor *deviations = map ? map->editor(QStringLiteral("deviation")) : nullptr;
    if (!deviations)
        return false;
    view->revealRecord(QStringLiteral("deviation"), deviations->model()->recordId(deviations->model()->rowCount() - 1));
    settle();
    QTableView *table = deviations->view();
    table->setCurrentIndex(QModelIndex()); // no cell current: the rows go below the last
    table->clearSelection();
    table->setFocus();
    QApplication::clipboard()->setText(spreadsheetRows(language));
    pasteCells(*deviations);
    settle();
    table->scrollToBottom();
    settle();
    ok &= saved(window.grab(), QDir(directory).filePath(QStringLiteral("paste-%1.png").arg(language)));

    // Find in Year over the window, a word the demo has in several registers.
    FindInYearDialog *find = showFindInYear(view);
    find->searchField()->setText(QStringLiteral("glatt")); // the demo's records are in Norwegian
    find->search();
    find->resize(900, 460);
    find->move(window.geometry().center() - QPoint(450, 230));
    settle();
    QPixmap shot = window.grab();
    {
        QPainter painter(&shot);
        // The window manager's frame is not drawn offscreen: a line marks the window's edge.
        const QRect where(find->geometry().topLeft() - window.geometry().topLeft(), find->size());
        painter.drawPixmap(where.topLeft(), find->grab());
        painter.setPen(window.palette().color(QPalette::Mid));
        painter.drawRect(where.adjusted(0, 0, -1, -1));
    }
    ok &= saved(shot, QDir(directory).filePath(QStringLiteral("find-year-%1.png").arg(language)));
    find->close();
    window.closeFile();
    window.resize(size);
    QFile::remove(copy);
    return ok;
}

} // namespace ik::ui
