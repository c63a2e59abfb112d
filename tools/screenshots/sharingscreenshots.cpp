#include "tools/screenshots/sharingscreenshots.h"

#include "core/exchange/sheetexport.h"
#include "ui/records/importdialog.h"
#include "ui/sharing/commentdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/sharing/mergedialog.h"
#include "ui/sharing/newyeardialog.h"
#include "ui/pages/phasenames.h"
#include "core/sharing/signoff.h"
#include "ui/sharing/signoffdialog.h"
#include "core/store/unitfile.h"
#include "ui/shell/unitview.h"
#include "ui/sharing/sharingactions.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QThread>

namespace ik::ui {

namespace {

bool grabTo(QWidget *widget, const QString &path)
{
    for (int i = 0; i < 6; ++i) {
        QApplication::processEvents();
        QThread::msleep(30);
    }
    const bool ok = widget->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qUtf8Printable(path));
    return ok;
}

QString firstGoal(const UnitFile &file, int year)
{
    RecordFilter f;
    f.year = year;
    const QList<Record> goals = file.records(QStringLiteral("goal"), f);
    return goals.isEmpty() ? QString() : goals.first().value(QStringLiteral("id")).toString();
}

} // namespace

bool writeSharingScreenshots(MainWindow &window, const QString &demoPath, const QString &directory,
                             const QString &language)
{
    const QDir dir(directory);
    const QString mine = dir.filePath(QStringLiteral("HSE demo %1.db").arg(language));
    const QString theirs = dir.filePath(QStringLiteral("HSE demo %1 (from the line manager).db").arg(language));
    QFile::remove(mine);
    QFile::remove(theirs);
    QString error;
    {
        FileCheck check;
        auto demo = UnitFile::open(demoPath, UnitFile::Mode::ReadOnly, &check);
        if (!demo || !demo->saveCopy(mine, &error))
            return false;
    }
    if (!window.openFile(mine))
        return false;
    UnitView *view = window.unitView();
    UnitFile &file = *view->file();
    const EditContext ctx{&file, view->undoStack(), view->year()};
    const QString name = QStringLiteral("Kari Nordmann");
    file.setUserName(name);
    bool ok = true;
    const auto shot = [&](QWidget *w, const QString &what) {
        ok &= grabTo(w, dir.filePath(QStringLiteral("%1-%2.png").arg(what, language)));
    };

    {
        SignOffDialog dialog(ctx, &window);
        dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Ola Leder"));
        dialog.findChild<QLineEdit *>(QStringLiteral("role"))->setText(language == QLatin1String("nb")
                                                                          ? QStringLiteral("Instituttleder")
                                                                          : QStringLiteral("Head of department"));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("comment"))
            ->setPlainText(language == QLatin1String("nb") ? QStringLiteral("Godkjent i ledermøtet.")
                                                           : QStringLiteral("Approved at the management meeting."));
        dialog.show();
        shot(&dialog, QStringLiteral("signoff-dialog"));
    }
    // Signed, then changed: the banner on the Report page.
    file.setUserName(QStringLiteral("Ola Leder"));
    signOffUndoable(ctx, QStringLiteral("review"), QStringLiteral("Ola Leder"),
                    language == QLatin1String("nb") ? QStringLiteral("Instituttleder") : QStringLiteral("Head of department"),
                    QString(), &error);
    file.setUserName(name);
    const QString goal = firstGoal(file, ctx.year);
    file.update(QStringLiteral("goal"), goal, {{QStringLiteral("measure"), QStringLiteral("Antall skader per år")}}, &error);
    storeComment(ctx, QStringLiteral("goal"), goal,
                 language == QLatin1String("nb") ? QStringLiteral("Er målet realistisk for i år?")
                                                 : QStringLiteral("Is this goal realistic for this year?"),
                 &error);
    view->showPage(int(pageKeys().indexOf(QStringLiteral("report"))));
    shot(&window, QStringLiteral("signoff-report"));

    auto *sharing = window.findChild<SharingActions *>();
    sharing->changeLogDock()->show();
    sharing->commentsDock()->show();
    view->showPage(0);
    shot(&window, QStringLiteral("changelog"));
    sharing->changeLogDock()->hide();
    sharing->commentsDock()->hide();

    // A copy went to the line manager and came back with changes; one field changed on both sides.
    if (!file.saveCopy(theirs, &error))
        return false;
    {
        FileCheck check;
        auto other = UnitFile::open(theirs, UnitFile::Mode::ReadWrite, &check);
        if (!other)
            return false;
        other->setUserName(QStringLiteral("Ola Leder"));
        other->update(QStringLiteral("goal"), goal, {{QStringLiteral("description"), QStringLiteral("Fra lederen: ta med studentene.")}}, &error);
        other->update(QStringLiteral("goal"), goal, {{QStringLiteral("measure"), QStringLiteral("Skader og nestenulykker")}}, &error);
    }
    file.update(QStringLiteral("goal"), goal, {{QStringLiteral("measure"), QStringLiteral("Registrerte skader")}}, &error);
    {
        MergeDialog dialog(ctx, theirs, &window);
        dialog.show();
        shot(&dialog, QStringLiteral("merge"));
    }
    {
        NewYearDialog dialog(EditContext{&file, view->undoStack(), file.latestYear()}, &window);
        if (dialog.goals()->rowCount() > 0)
            dialog.setEvaluation(0, QStringLiteral("partly"),
                                 language == QLatin1String("nb") ? QStringLiteral("To av tre avdelinger nådde målet.")
                                                                 : QStringLiteral("Two of three sections reached it."));
        dialog.show();
        shot(&dialog, QStringLiteral("newyear"));
    }
    {
        // File → Import with the action plan exported for Excel, one deadline changed and a row
        // added at the bottom, headed as a coordinator would.
        SheetExportOptions options;
        options.language = language;
        QByteArray sheet = exportPeopleCsv(file, QStringLiteral("action"), options, &error);
        QList<QByteArray> lines = sheet.split('\n');
        if (lines.size() > 2) {
            QList<QByteArray> cells = lines[1].split(';');
            const qsizetype deadline = lines[0].split(';').indexOf(language == QLatin1String("nb") ? "Frist" : "Deadline");
            if (deadline >= 0 && deadline < cells.size())
                cells[deadline] = language == QLatin1String("nb") ? "15.06.2027" : "2027-06-15";
            lines[1] = cells.join(';');
            const QByteArray padding(lines[0].count(';'), ';'); // a CSV row has every field of the header
            lines.insert(lines.size() - 1, (language == QLatin1String("nb") ? QByteArray("Merke rømningsveier i kjelleren")
                                                                           : QByteArray("Mark the escape routes in the basement"))
                                               + padding + '\r');
            sheet = lines.join('\n');
        }
        ImportDialog dialog(file, QStringLiteral("action"), sheet, view->year(), &window);
        dialog.show();
        shot(&dialog, QStringLiteral("import"));
    }
    window.closeFile();
    QFile::remove(mine);
    QFile::remove(theirs);
    return ok;
}

} // namespace ik::ui
