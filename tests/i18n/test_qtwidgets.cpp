// Qt's own widgets in bokmål: the texts Qt's standard buttons, context menus and dialogs show come
// from translations/internkontroll_qt_nb.ts, which must match the installed Qt's source texts.
#include "catch.h"

#include "ui/shell/language.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

#include <memory>

using namespace ik::ui;

namespace {

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
}

// The menu's action texts without their shortcuts ("&Copy\tCtrl+C" is "&Copy").
QStringList actionTexts(QMenu *menu)
{
    QStringList out;
    for (QAction *a : menu->actions())
        if (!a->isSeparator())
            out << a->text().section(QLatin1Char('\t'), 0, 0);
    return out;
}

QString labelText(const QFileDialog &dialog, const char *name)
{
    const auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QString();
}

// Records every text Qt asks a translation for, and translates none itself.
class Recorder : public QTranslator
{
public:
    struct Request
    {
        QString context, source, disambiguation;
    };
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int) const override
    {
        const QString key = QString::fromUtf8(context) + QLatin1Char('|') +
                            QString::fromUtf8(source) + QLatin1Char('|') +
                            QString::fromUtf8(disambiguation);
        if (!m_seen.contains(key)) {
            m_seen.insert(key);
            m_requests.push_back({QString::fromUtf8(context), QString::fromUtf8(source),
                                  QString::fromUtf8(disambiguation)});
        }
        return {};
    }
    bool isEmpty() const override { return false; }
    const QList<Request> &requests() const { return m_requests; }

private:
    mutable QSet<QString> m_seen;
    mutable QList<Request> m_requests;
};

// Opens `widget`'s context menu as a right click would; the menu runs its own event loop, so a
// timer closes it.
void openContextMenu(QWidget *widget)
{
    QTimer::singleShot(100, [] {
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(5, 5),
                            widget->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(widget, &event);
}

struct RestoreEnglish
{
    ~RestoreEnglish() { installTranslations(QStringLiteral("en")); }
};

} // namespace

TEST_CASE("Qt's standard buttons, context menus and file dialog speak bokmål", "[i18n][gui]")
{
    RestoreEnglish restore;
    REQUIRE(installTranslations(QStringLiteral("nb")) == QStringLiteral("nb"));
    {
        QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("x"),
                        QMessageBox::Yes | QMessageBox::No);
        CHECK(box.button(QMessageBox::Yes)->text() == QStringLiteral("&Ja"));
        CHECK(box.button(QMessageBox::No)->text() == QStringLiteral("&Nei"));
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                 QDialogButtonBox::RestoreDefaults);
        CHECK(buttons.button(QDialogButtonBox::Ok)->text() == QStringLiteral("OK"));
        CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Avbryt"));
        CHECK(buttons.button(QDialogButtonBox::RestoreDefaults)->text() ==
              QStringLiteral("Gjenopprett standardinnstillinger"));
    }
    {
        QLineEdit edit(QStringLiteral("abc"));
        edit.selectAll();
        std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        CHECK(actionTexts(menu.get()) ==
              QStringList({QStringLiteral("&Angre"), QStringLiteral("&Gjør om"),
                           QStringLiteral("Klipp &ut"), QStringLiteral("&Kopier"),
                           QStringLiteral("&Lim inn"), QStringLiteral("Slett"),
                           QStringLiteral("Merk alt")}));
        QPlainTextEdit text(QStringLiteral("abc"));
        std::unique_ptr<QMenu> textMenu(text.createStandardContextMenu());
        CHECK(actionTexts(textMenu.get()).contains(QStringLiteral("&Kopier")));
    }
    QTemporaryDir dir;
    {
        QFileDialog dialog(nullptr, QStringLiteral("t"), dir.path());
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setViewMode(QFileDialog::Detail);
        CHECK(labelText(dialog, "lookInLabel") == QStringLiteral("Se i:"));
        CHECK(labelText(dialog, "fileTypeLabel") == QStringLiteral("Filtype:"));
        auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
        REQUIRE(tree);
        CHECK(tree->model()->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Navn"));
        CHECK(tree->model()->headerData(1, Qt::Horizontal).toString() ==
              QStringLiteral("Størrelse"));
    }

    REQUIRE(installTranslations(QStringLiteral("en")) == QStringLiteral("en"));
    {
        QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("x"),
                        QMessageBox::Yes | QMessageBox::No);
        CHECK(box.button(QMessageBox::Yes)->text() == QStringLiteral("&Yes"));
        CHECK(box.button(QMessageBox::No)->text() == QStringLiteral("&No"));
        QLineEdit edit(QStringLiteral("abc"));
        std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        CHECK(actionTexts(menu.get()).contains(QStringLiteral("&Copy")));
        QFileDialog dialog(nullptr, QStringLiteral("t"), dir.path());
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        CHECK(labelText(dialog, "lookInLabel") == QStringLiteral("Look in:"));
    }
}

TEST_CASE("Every Qt text of the widgets and dialogs the program uses has a bokmål translation",
          "[i18n][gui]")
{
    // Qt's catalogues are matched by exact context and source text; a text Qt changed in a new
    // version would silently show in English (or nynorsk). These come from the widgets themselves.
    QTranslator ours;
    REQUIRE(ours.load(QStringLiteral(":/i18n/internkontroll_qt_nb.qm")));
    Recorder recorder;
    QCoreApplication::installTranslator(&recorder);
    QTimer closer; // dialogs that run their own event loop (a conflict warning, say)
    QObject::connect(&closer, &QTimer::timeout, [] {
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
        else if (auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            modal->reject();
    });
    closer.start(300);

    {
        QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("x"),
                        QMessageBox::StandardButtons(0x0ffffc00)); // every standard button
        box.setDetailedText(QStringLiteral("details"));
        QDialogButtonBox buttons(QDialogButtonBox::StandardButtons(0x0ffffc00));
        box.show();
        buttons.show();
        settle(50);
    }
    {
        QLineEdit edit(QStringLiteral("abc"));
        delete edit.createStandardContextMenu();
        QPlainTextEdit text(QStringLiteral("abc"));
        delete text.createStandardContextMenu();
        QSpinBox spin;
        spin.show();
        openContextMenu(&spin);
        QScrollBar bar(Qt::Vertical);
        bar.resize(20, 200);
        bar.show();
        openContextMenu(&bar);
        QMainWindow window;
        window.addDockWidget(Qt::RightDockWidgetArea,
                             new QDockWidget(QStringLiteral("Dock"), &window));
        window.show();
        QProgressDialog progress;
        progress.show();
        settle(50);
    }
    QTemporaryDir dir;
    for (const auto mode : {QFileDialog::AcceptOpen, QFileDialog::AcceptSave}) {
        QFileDialog dialog(nullptr, QStringLiteral("t"), dir.path(),
                           QStringLiteral("Unit files (*.ikdb)"));
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(mode);
        dialog.setViewMode(QFileDialog::Detail);
        dialog.show();
        settle(200);
        for (QAbstractItemView *view : dialog.findChildren<QAbstractItemView *>())
            if (view->isVisible())
                openContextMenu(view->viewport());
        if (auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("treeView")))
            openContextMenu(tree->header());
    }
    {
        QPrinter printer;
        QPrintPreviewDialog preview(&printer);
        preview.show();
        settle(200);
        QPrintDialog print(&printer);
        print.show();
        settle(200);
    }

    closer.stop();
    QCoreApplication::removeTranslator(&recorder);
    // Not ours to translate: key names (shown in shortcuts, and parsed back from them), paper
    // names, and the layout direction.
    const QSet<QString> skipped{QStringLiteral("QShortcut"), QStringLiteral("QPageSize"),
                                QStringLiteral("QGuiApplication")};
    int asked = 0;
    for (const Recorder::Request &r : recorder.requests()) {
        if (skipped.contains(r.context) || !r.context.startsWith(QLatin1Char('Q')))
            continue;
        ++asked;
        INFO(r.context.toStdString()
             << ": " << r.source.toStdString() << " (" << r.disambiguation.toStdString() << ")");
        CHECK(!ours.translate(r.context.toUtf8().constData(), r.source.toUtf8().constData(),
                              r.disambiguation.isEmpty() ? nullptr
                                                         : r.disambiguation.toUtf8().constData())
                   .isEmpty());
    }
    CHECK(asked > 100);
}
