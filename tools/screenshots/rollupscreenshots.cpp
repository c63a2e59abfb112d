#include "tools/screenshots/rollupscreenshots.h"

#include "core/report/reportrenderer.h"
#include "core/review/demounit.h"
#include "core/rollup/facultyreport.h"
#include "core/sharing/signoff.h"
#include "core/store/unitfile.h"
#include "ui/rollup/facultyoverviewwindow.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

namespace ik::ui {

namespace {

constexpr int kYear = 2026;

// A faculty's folder: six institutes, each its own demo seed.
bool makeFaculty(const QString &folder)
{
    const QStringList names{QStringLiteral("Institutt for fysikk"), QStringLiteral("Institutt for kjemi"),
                            QStringLiteral("Institutt for materialteknologi"), QStringLiteral("Institutt for biologi"),
                            QStringLiteral("Institutt for bioteknologi og matvitenskap"),
                            QStringLiteral("Institutt for kjemisk prosessteknologi")};
    for (int i = 0; i < names.size(); ++i) {
        DemoOptions o;
        o.seed = quint32(11 + i);
        o.year = kYear;
        o.asOf = QDate(kYear, 10, 15);
        QString error;
        auto file = createDemo(QDir(folder).filePath(QStringLiteral("unit-%1.db").arg(i + 1)), o, &error);
        if (!file)
            return false;
        const QString unitId = file->records(QStringLiteral("unit")).constFirst().value(QStringLiteral("id")).toString();
        if (!file->update(QStringLiteral("unit"), unitId, {{QStringLiteral("name"), names[i]}}, &error))
            return false;
        if (i == 1 || i == 4)
            signOff(*file, kYear, QStringLiteral("review"), QStringLiteral("Linn Leder"), QStringLiteral("Instituttleder"), {}, &error);
        if (i == 4) {
            const Record goal = file->records(QStringLiteral("goal"), RecordFilter::ofYear(kYear)).constFirst();
            file->update(QStringLiteral("goal"), goal.value(QStringLiteral("id")).toString(),
                         {{QStringLiteral("title"), QStringLiteral("Færre avvik i laboratoriene")}}, &error);
        }
    }
    QFile notes(QDir(folder).filePath(QStringLiteral("referat-amu.db")));
    return notes.open(QIODevice::WriteOnly) && notes.write("Referat fra AMU-møtet\n") > 0;
}

} // namespace

bool writeRollupScreenshots(MainWindow &window, const QString &directory, const QString &language)
{
    QTemporaryDir faculty;
    if (!faculty.isValid() || !makeFaculty(faculty.path()))
        return false;
    auto *overview = new FacultyOverviewWindow(&window);
    overview->resize(1400, 640);
    overview->setYear(kYear);
    overview->show();
    QEventLoop loop;
    QObject::connect(overview, &FacultyOverviewWindow::finished, &loop, &QEventLoop::quit);
    overview->read({faculty.path()});
    loop.exec();
    overview->table()->sortByColumn(0, Qt::AscendingOrder);
    for (int i = 0; i < 6; ++i) {
        QApplication::processEvents();
        QThread::msleep(30);
    }
    const QString path = QDir(directory).filePath(QStringLiteral("rollup-%1.png").arg(language));
    bool ok = overview->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qUtf8Printable(path));
    // The faculty PDF's pages, as the report's engine paints them.
    const ReportRenderer report(buildFacultyDocument(overview->overview(), {language, 0}));
    for (int page = 0; page < report.pageCount(); ++page) {
        QImage image(QSize(900, 1273), QImage::Format_RGB32); // A4's proportions
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            report.paintPage(&painter, page, QRectF(QPointF(0, 0), QSizeF(image.size())));
        }
        const QString pagePath = QDir(directory).filePath(QStringLiteral("report-faculty-%1-%2.png").arg(language).arg(page + 1));
        const bool saved = image.save(pagePath);
        qInfo("%s %s", saved ? "wrote" : "FAILED", qUtf8Printable(pagePath));
        ok &= saved;
    }
    delete overview;
    return ok;
}

} // namespace ik::ui
