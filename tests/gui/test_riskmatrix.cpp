// The risk matrix editor driven by mouse and keyboard (offscreen), checked through core.

#include "catch.h"

#include "ui/shell/language.h"
#include "ui/risk/matrixlevelgrid.h"
#include "ui/pages/phasepage.h"
#include "ui/pages/phasepages.h"
#include "core/risk/riskmatrixedit.h"
#include "ui/risk/riskmatrixeditor.h"
#include "ui/risk/riskmatrixsettingsdialog.h"
#include "ui/risk/riskview.h"
#include "core/store/unitfile.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>
#include <QUndoStack>

using namespace ik;
using namespace ik::ui;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<UnitFile> file;
    QUndoStack undo;
    QString assessment;
    QStringList risks;

    Fixture()
    {
        QString error;
        file = UnitFile::create(dir.filePath(QStringLiteral("r.db")), {QStringLiteral("Institutt"), 2026, QStringLiteral("ntnu"), {}}, &error);
        REQUIRE(file);
        assessment = file->insert(QStringLiteral("risk_assessment"), {{QStringLiteral("year"), 2026}, {QStringLiteral("title"), QStringLiteral("Laboratoriet")}}, &error);
        const QList<std::tuple<QString, int, int, int, int>> data{
            {QStringLiteral("Kjemikaliesøl"), 4, 4, 2, 2}, {QStringLiteral("Kutt fra glass"), 3, 2, 2, 1},
            {QStringLiteral("Brann i avtrekk"), 2, 5, 1, 4}, {QStringLiteral("Tunge løft"), 4, 2, 3, 2},
            {QStringLiteral("Feltarbeid i is"), 2, 4, 2, 3}, {QStringLiteral("Strømbrudd i fryser"), 3, 3, 1, 3}};
        int number = 0;
        for (const auto &[event, p, c, pa, ca] : data) {
            const QString risk = file->insert(QStringLiteral("risk"), {{QStringLiteral("assessment_id"), assessment}, {QStringLiteral("number"), ++number},
                                                                       {QStringLiteral("event"), event}, {QStringLiteral("probability_before"), p},
                                                                       {QStringLiteral("probability_after"), pa}}, &error);
            REQUIRE(!risk.isEmpty());
            file->insert(QStringLiteral("risk_consequence"), {{QStringLiteral("risk_id"), risk}, {QStringLiteral("category"), QStringLiteral("health")},
                                                              {QStringLiteral("consequence_before"), c}, {QStringLiteral("consequence_after"), ca}}, &error);
            file->insert(QStringLiteral("risk_consequence"), {{QStringLiteral("risk_id"), risk}, {QStringLiteral("category"), QStringLiteral("material")},
                                                              {QStringLiteral("consequence_before"), 1}, {QStringLiteral("consequence_after"), 1}}, &error);
            risks << risk;
        }
    }
    EditContext context() { return {file.get(), &undo, 2026}; }
    int value(const QString &table, const QString &id, const QString &column) const
    {
        return file->record(table, id)->value(column).toInt();
    }
    QString healthRow(const QString &risk) const
    {
        for (const Record &r : file->records(QStringLiteral("risk_consequence")))
            if (r.value(QStringLiteral("risk_id")).toString() == risk && r.value(QStringLiteral("category")).toString() == QLatin1String("health"))
                return r.value(QStringLiteral("id")).toString();
        return {};
    }
};

void drag(QWidget *w, QPoint from, QPoint to)
{
    QTest::mousePress(w, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 4; ++i) {
        const QPoint p = from + (to - from) * i / 4;
        QMouseEvent move(QEvent::MouseMove, p, w->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w, &move);
    }
    QTest::mouseRelease(w, Qt::LeftButton, {}, to);
    QApplication::processEvents();
}

} // namespace

TEST_CASE("dragging a risk's marker moves it in the file; undo restores it", "[gui][risk]")
{
    Fixture f;
    RiskMatrixEditor editor(f.context());
    editor.resize(640, 520);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));

    const QRect marker = editor.markerRect(f.risks[0], false);
    REQUIRE(marker.isValid());
    CHECK(editor.cellRect(4, 4).contains(marker.center()));
    drag(&editor, marker.center(), editor.cellRect(2, 3).center());
    CHECK(f.value(QStringLiteral("risk"), f.risks[0], QStringLiteral("probability_before")) == 2);
    CHECK(f.value(QStringLiteral("risk_consequence"), f.healthRow(f.risks[0]), QStringLiteral("consequence_before")) == 3);
    CHECK(f.undo.count() == 1);
    CHECK(editor.cellRect(2, 3).contains(editor.markerRect(f.risks[0], false).center()));

    f.undo.undo();
    CHECK(f.value(QStringLiteral("risk"), f.risks[0], QStringLiteral("probability_before")) == 4);
    CHECK(f.value(QStringLiteral("risk_consequence"), f.healthRow(f.risks[0]), QStringLiteral("consequence_before")) == 4);
    f.undo.redo();
    CHECK(f.value(QStringLiteral("risk"), f.risks[0], QStringLiteral("probability_before")) == 2);
    CHECK(f.value(QStringLiteral("risk_consequence"), f.healthRow(f.risks[0]), QStringLiteral("consequence_before")) == 3);
    CHECK(f.undo.count() == 1);
}

TEST_CASE("a marker is selected and moved with the keyboard; after measures too", "[gui][risk]")
{
    Fixture f;
    RiskMatrixEditor editor(f.context());
    editor.resize(640, 520);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    editor.setFocus();

    QTest::keyClick(&editor, Qt::Key_PageDown); // the first risk
    CHECK(editor.selectedRisk() == f.risks[0]);
    QTest::keyClick(&editor, Qt::Key_PageDown);
    CHECK(editor.selectedRisk() == f.risks[1]); // 3 × 2
    QTest::keyClick(&editor, Qt::Key_Up);
    QTest::keyClick(&editor, Qt::Key_Right);
    QTest::keyClick(&editor, Qt::Key_Right);
    CHECK(f.value(QStringLiteral("risk"), f.risks[1], QStringLiteral("probability_before")) == 4);
    CHECK(f.value(QStringLiteral("risk_consequence"), f.healthRow(f.risks[1]), QStringLiteral("consequence_before")) == 4);
    CHECK(f.undo.count() == 3);
    QTest::keyClick(&editor, Qt::Key_Up);
    QTest::keyClick(&editor, Qt::Key_Up); // 6 is outside the matrix: stays at 5
    CHECK(f.value(QStringLiteral("risk"), f.risks[1], QStringLiteral("probability_before")) == 5);
    while (f.undo.canUndo())
        f.undo.undo();
    CHECK(f.value(QStringLiteral("risk"), f.risks[1], QStringLiteral("probability_before")) == 3);
    CHECK(f.value(QStringLiteral("risk_consequence"), f.healthRow(f.risks[1]), QStringLiteral("consequence_before")) == 2);

    editor.setPhase(RiskPhase::After);
    editor.selectRisk(f.risks[2]); // after: 1 × 4
    QTest::keyClick(&editor, Qt::Key_Left);
    CHECK(f.value(QStringLiteral("risk_consequence"), f.healthRow(f.risks[2]), QStringLiteral("consequence_after")) == 3);
    CHECK(f.value(QStringLiteral("risk_consequence"), f.healthRow(f.risks[2]), QStringLiteral("consequence_before")) == 5);
}

TEST_CASE("clicking a cell filters the risk list; the view warns about missing acceptance", "[gui][risk]")
{
    Fixture f;
    RiskView view(f.context());
    view.resize(1000, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    RiskMatrixEditor *editor = view.editor();
    CHECK(view.riskList()->count() == 6);
    // 4×4 = 16 and 2×5 = 10 etc. have no measures: warning icons on those above acceptable.
    int warned = 0;
    for (int i = 0; i < view.riskList()->count(); ++i)
        warned += !view.riskList()->item(i)->icon().isNull();
    CHECK(warned > 0);

    const QRect cell = editor->cellRect(1, 5); // empty corner: no marker there
    QTest::mouseClick(editor, Qt::LeftButton, {}, cell.topLeft() + QPoint(4, 4));
    CHECK(editor->filterCell() == std::make_pair(1, 5));
    CHECK(view.riskList()->count() == 0);
    const QRect risk0 = editor->cellRect(4, 4);
    QTest::mouseClick(editor, Qt::LeftButton, {}, risk0.topLeft() + QPoint(4, 4));
    CHECK(view.riskList()->count() == 1);
    QTest::keyClick(editor, Qt::Key_Escape);
    CHECK(view.riskList()->count() == 6);

    editor->selectRisk(f.risks[0]);
    QString error;
    const QString action = view.createAction(f.risks[0], &error);
    REQUIRE(!action.isEmpty());
    CHECK(f.file->record(QStringLiteral("action"), action)->value(QStringLiteral("source_id")).toString() == f.risks[0]);
    CHECK(view.actionList()->count() == 1);
    f.undo.undo();
    CHECK_FALSE(f.file->record(QStringLiteral("action"), action));
}

TEST_CASE("the settings dialog cycles a cell's level by click and resizes the matrix", "[gui][risk]")
{
    Fixture f;
    RiskMatrixSettingsDialog dialog(f.context());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    MatrixLevelGrid *grid = dialog.levelGrid();
    QTest::mouseClick(grid, Qt::LeftButton, {}, grid->cellRect(1, 1).center());
    CHECK(RiskMatrix::load(*f.file).level(1, 1) == RiskMatrix::Level::Assess);
    CHECK(f.undo.count() == 1);
    f.undo.undo();
    CHECK(RiskMatrix::load(*f.file).level(1, 1) == RiskMatrix::Level::Acceptable);
    f.undo.redo();
    CHECK(RiskMatrix::load(*f.file).level(1, 1) == RiskMatrix::Level::Assess);
    f.undo.undo();

    REQUIRE(dialog.resize(4, 6, false));
    const RiskMatrix m = RiskMatrix::load(*f.file);
    CHECK(m.probabilitySteps() == 4);
    CHECK(m.consequenceSteps() == 6);
    CHECK(f.value(QStringLiteral("risk"), f.risks[0], QStringLiteral("probability_before")) == 3); // 4 of 5 → 3 of 4 (3.25)
}

TEST_CASE("removing a consequence category and its scores is one undo step, undone and redone whole", "[gui][risk][undo]")
{
    Fixture f;
    RiskMatrixSettingsDialog dialog(f.context());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const auto scoresIn = [&f](const QString &category) {
        QStringList rows;
        for (const Record &r : f.file->records(QStringLiteral("risk_consequence")))
            if (r.value(QStringLiteral("category")).toString() == category)
                rows << r.value(QStringLiteral("id")).toString() + QLatin1Char('|')
                            + r.value(QStringLiteral("consequence_before")).toString() + QLatin1Char('|')
                            + r.value(QStringLiteral("consequence_after")).toString();
        return rows;
    };
    const QStringList material = scoresIn(QStringLiteral("material"));
    REQUIRE(material.size() == 6);
    const int categories = f.file->count(QStringLiteral("matrix_category"));

    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("matrixCategories"));
    REQUIRE(table);
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->data(Qt::UserRole + 1).toString() == QLatin1String("material")) // its key
            row = r;
    REQUIRE(row >= 0);
    table->setCurrentCell(row, 0);
    bool asked = false;
    QTimer::singleShot(100, &dialog, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = true;
            box->button(QMessageBox::Yes)->click();
        }
    });
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removeCategory")), Qt::LeftButton);
    CHECK(asked); // 6 scores use it
    CHECK(scoresIn(QStringLiteral("material")).isEmpty());
    CHECK(f.file->count(QStringLiteral("matrix_category")) == categories - 1);
    CHECK(f.undo.count() == 1);

    f.undo.undo();
    CHECK(f.file->count(QStringLiteral("matrix_category")) == categories);
    CHECK(scoresIn(QStringLiteral("material")) == material); // the same rows with the same scores
    QTest::qWait(120); // the dialog follows the file shortly after a change (refreshOnChange)
    CHECK(table->rowCount() == categories);
    f.undo.redo();
    CHECK(scoresIn(QStringLiteral("material")).isEmpty());
    CHECK(f.file->count(QStringLiteral("matrix_category")) == categories - 1);
}

namespace {
// How many pixels of `image` inside `area` are close to `colour`.
int pixelsNear(const QImage &image, const QRect &area, const QColor &colour)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += qAbs(c.red() - colour.red()) + qAbs(c.green() - colour.green()) + qAbs(c.blue() - colour.blue()) < 60;
        }
    return n;
}
} // namespace

TEST_CASE("the matrix's labels take the palette's text colour, light or dark, and the font's size", "[gui][risk][style]")
{
    Fixture f;
    for (const bool dark : {false, true}) {
        INFO((dark ? "dark" : "light"));
        RiskMatrixEditor editor(f.context());
        QPalette palette = editor.palette();
        palette.setColor(QPalette::Base, dark ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white));
        palette.setColor(QPalette::Text, dark ? QColor(0xe6, 0xe6, 0xe6) : QColor(Qt::black));
        editor.setPalette(palette);
        editor.resize(700, 220); // short: the labels would shrink with the rectangle
        const QImage image = editor.grab().toImage();
        // The probability labels, left of the grid, in the palette's text colour.
        const QRect cell = editor.cellRect(3, 1);
        const QRect labels(0, cell.top(), cell.left() - 2, cell.height());
        CHECK(pixelsNear(image, labels, palette.color(QPalette::Text)) > 20);
        // As large as the font: the label's ink spans at least its capitals' height.
        int top = image.height(), bottom = -1;
        for (int y = labels.top(); y <= labels.bottom(); ++y)
            if (pixelsNear(image, QRect(labels.left(), y, labels.width(), 1), palette.color(QPalette::Text)) > 0) {
                top = qMin(top, y);
                bottom = qMax(bottom, y);
            }
        CHECK(bottom - top + 1 >= QFontMetrics(editor.font()).capHeight());
    }
}

TEST_CASE("the map page holds the risk matrix view", "[gui][risk]")
{
    Fixture f;
    std::unique_ptr<PhasePage> page(createPhasePage(f.context(), QStringLiteral("map"), nullptr));
    auto *view = page->findChild<RiskView *>();
    REQUIRE(view);
    CHECK(view->riskList()->count() == 6);
}

TEST_CASE("screenshots of the risk matrix editor", "[gui][risk][screenshot]")
{
    const QString out = qEnvironmentVariable("IK_SCREENSHOT_DIR");
    if (out.isEmpty())
        return; // only when asked for
    Fixture f;
    {
        RiskView view(f.context());
        view.resize(1100, 640);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(120);
        view.findChild<QComboBox *>(QStringLiteral("riskPhase"))->setCurrentIndex(2);
        view.editor()->selectRisk(f.risks[0]);
        QTest::qWait(120);
        CHECK(view.grab().save(QDir(out).filePath(QStringLiteral("risk-5x5.png"))));
    }
    QString error;
    REQUIRE(resizeRiskMatrix(*f.file, 4, 6, nullptr, &error));
    const QStringList probability{QStringLiteral("Sjelden|Rare"), QStringLiteral("Av og til|Occasional"),
                                  QStringLiteral("Ofte|Frequent"), QStringLiteral("Nesten sikkert|Almost certain")};
    const QStringList consequence{QStringLiteral("Ubetydelig|Negligible"), QStringLiteral("Liten|Minor"), QStringLiteral("Merkbar|Noticeable"),
                                  QStringLiteral("Betydelig|Significant"), QStringLiteral("Alvorlig|Severe"), QStringLiteral("Katastrofal|Disastrous")};
    for (int i = 0; i < probability.size(); ++i)
        REQUIRE(setRiskMatrixLabel(*f.file, QStringLiteral("probability"), i + 1, probability[i].section(QLatin1Char('|'), 0, 0),
                                   probability[i].section(QLatin1Char('|'), 1), &error));
    for (int i = 0; i < consequence.size(); ++i)
        REQUIRE(setRiskMatrixLabel(*f.file, QStringLiteral("consequence"), i + 1, consequence[i].section(QLatin1Char('|'), 0, 0),
                                   consequence[i].section(QLatin1Char('|'), 1), &error));
    REQUIRE(setRiskMatrixLevel(*f.file, 1, 6, RiskMatrix::Level::Unacceptable, &error));
    RiskView view(f.context());
    view.resize(1100, 640);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(120);
    CHECK(view.grab().save(QDir(out).filePath(QStringLiteral("risk-4x6.png"))));
    installTranslations(QStringLiteral("nb"));
    RiskView norwegian(f.context());
    norwegian.resize(1100, 640);
    norwegian.show();
    REQUIRE(QTest::qWaitForWindowExposed(&norwegian));
    norwegian.findChild<QComboBox *>(QStringLiteral("riskPhase"))->setCurrentIndex(1);
    QTest::qWait(120);
    CHECK(norwegian.grab().save(QDir(out).filePath(QStringLiteral("risk-4x6-nb.png"))));
    installTranslations(QStringLiteral("en"));
    RiskMatrixSettingsDialog dialog(f.context());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(120);
    CHECK(dialog.grab().save(QDir(out).filePath(QStringLiteral("risk-settings.png"))));
}

TEST_CASE("a marker's tooltip shows the risk's name as typed: %1, markup and entities are text", "[gui][risk]")
{
    Fixture f;
    const QString event = QStringLiteral("Fall %1 meter <b>høyt</b> &amp; %n");
    QString error;
    REQUIRE(f.file->update(QStringLiteral("risk"), f.risks[1], {{QStringLiteral("event"), event}}, &error));
    RiskMatrixEditor editor(f.context());
    editor.resize(640, 520);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    const QPoint at = editor.markerRect(f.risks[1], false).center();
    QHelpEvent help(QEvent::ToolTip, at, editor.mapToGlobal(at));
    QApplication::sendEvent(&editor, &help);
    // What a person reads: the tooltip as Qt renders it.
    QTextDocument shown;
    shown.setHtml(QToolTip::text());
    const QString text = shown.toPlainText().replace(QChar::LineSeparator, QLatin1Char('\n'));
    INFO(QToolTip::text().toStdString());
    CHECK(text.contains(QStringLiteral("Risk 2: Fall %1 meter <b>høyt</b> &amp; %n\n")));
    CHECK(text.contains(QStringLiteral(": probability 3 × consequence 2 = 6 (")));
}
