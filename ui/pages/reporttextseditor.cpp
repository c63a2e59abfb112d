#include "ui/pages/reporttextseditor.h"

#include "core/store/schema.h"
#include "core/store/unitfile.h"
#include "ui/pages/reportsectionfigures.h"
#include "ui/records/fieldlabels.h"
#include "ui/records/recordededit.h"
#include "ui/shell/refreshtimer.h"
#include "ui/shell/uistyle.h"

#include <QAbstractTextDocumentLayout>
#include <QBoxLayout>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTimer>

namespace ik::ui {

namespace {

constexpr int kPauseMs = 1500; // a pause this long ends a burst of typing: one undo step
const QString kTable = QStringLiteral("report_text");

// Where the guideline's guidance for a section is: the checklist item (by template key) that asks
// for it, and for the RA-3 parts the letter of its clause in that guidance ("(b) the focus areas").
struct GuidanceSource
{
    const char *templateKey;
    QChar letter; // null: the whole guidance
};
GuidanceSource guidanceSource(const QString &section)
{
    if (section.startsWith(QLatin1String("ra3")) && section.size() == 4)
        return {"report.contents", section.at(3)};
    return {"report.change-needs", QChar()};
}

// The clause "(x) …" of `guidance`, up to the next clause or the end of the sentence, with a
// capital first letter; the whole guidance where it has no such clause.
QString clause(const QString &guidance, QChar letter)
{
    if (letter.isNull())
        return guidance;
    const qsizetype start = guidance.indexOf(QStringLiteral("(%1)").arg(letter));
    if (start < 0)
        return guidance;
    const qsizetype from = start + 3;
    const qsizetype nextClause = guidance.indexOf(QLatin1Char('('), from);
    qsizetype stop = guidance.indexOf(QLatin1Char('.'), from);
    if (stop < 0)
        stop = guidance.size();
    QString text = guidance.mid(from, (nextClause >= 0 ? qMin(nextClause, stop) : stop) - from).trimmed();
    if (nextClause >= 0 && nextClause < stop) {
        // The last two clauses are joined by a word ("and", in any language), the others by commas.
        if (text.endsWith(QLatin1Char(',')))
            text.chop(1);
        else if (const qsizetype space = text.lastIndexOf(QLatin1Char(' ')); space > 0)
            text.truncate(space);
    }
    if (text.isEmpty())
        return guidance;
    text[0] = text.at(0).toUpper();
    return text + QLatin1Char('.');
}

} // namespace

ReportTextsEditor::ReportTextsEditor(const EditContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("reportTexts"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // the editors inside take the focus, and it scrolls to them
    auto *document = new QWidget(scroll);
    auto *layout = new QVBoxLayout(document);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reportTextError"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    setErrorStyle(m_message);
    outer->addWidget(m_message);

    for (const Choice &choice : schema::choiceSet(QStringLiteral("report_section"))->choices) {
        Section s;
        s.key = choice.key;
        const QString title = choiceLabel(QStringLiteral("report_section"), s.key);
        auto *heading = new QLabel(title, document);
        heading->setTextFormat(Qt::PlainText);
        QFont bold = heading->font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.15);
        heading->setFont(bold);
        s.guidance = new QLabel(document);
        s.guidance->setObjectName(QStringLiteral("guidance_%1").arg(s.key));
        s.guidance->setTextFormat(Qt::PlainText);
        s.guidance->setWordWrap(true);
        s.guidance->setTextInteractionFlags(Qt::TextSelectableByMouse);
        s.figures = new QLabel(document);
        s.figures->setObjectName(QStringLiteral("figures_%1").arg(s.key));
        s.figures->setTextFormat(Qt::PlainText);
        s.figures->setWordWrap(true);
        s.figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont italic = s.figures->font();
        italic.setItalic(true);
        s.figures->setFont(italic);
        s.edit = new QPlainTextEdit(document);
        s.edit->setObjectName(QStringLiteral("text_%1").arg(s.key));
        s.edit->setAccessibleName(title);
        s.edit->setTabChangesFocus(true); // Tab goes on to the next section, as in a form
        // As tall as its text (a few lines at least), as on a page: the document scrolls, not each box.
        QPlainTextEdit *edit = s.edit;
        const auto fit = [edit] {
            const int lines = qBound(4, int(edit->document()->size().height()) + 1, 30);
            const QMargins m = edit->contentsMargins();
            edit->setFixedHeight(lines * edit->fontMetrics().lineSpacing() + m.top() + m.bottom()
                                 + 2 * int(edit->document()->documentMargin()));
        };
        connect(s.edit->document(), &QTextDocument::contentsChanged, s.edit, fit);
        connect(s.edit->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, s.edit, fit);
        fit();
        heading->setBuddy(s.edit);
        s.edit->installEventFilter(this);
        s.pause = new QTimer(this);
        s.pause->setSingleShot(true);
        s.pause->setInterval(kPauseMs);
        const QString key = s.key;
        const auto find = [this, key]() -> Section * {
            for (Section &x : m_sections)
                if (x.key == key)
                    return &x;
            return nullptr;
        };
        connect(s.pause, &QTimer::timeout, this, [this, find] {
            if (Section *x = find())
                save(*x);
        });
        connect(s.edit, &QPlainTextEdit::textChanged, this, [this, find] {
            Section *x = find();
            if (m_loading || !x)
                return;
            x->dirty = true;
            x->pause->start();
        });
        layout->addWidget(heading);
        layout->addWidget(s.guidance);
        layout->addWidget(s.figures);
        layout->addWidget(s.edit);
        layout->addSpacing(heading->fontMetrics().lineSpacing());
        m_sections << s;
    }
    layout->addStretch();
    scroll->setWidget(document);
    outer->addWidget(scroll, 1);

    loadGuidance();
    // Counting the figures reads several tables: only while the texts are in view.
    refreshWhenShownOnChange(m_context.file, this, &ReportTextsEditor::reload);
}

ReportTextsEditor::~ReportTextsEditor()
{
    // The unit view lets its pages go before the file (UnitView::~UnitView).
    for (Section &s : m_sections)
        save(s, Then::Stop);
}

QPlainTextEdit *ReportTextsEditor::editor(const QString &section) const
{
    for (const Section &s : m_sections)
        if (s.key == section)
            return s.edit;
    return nullptr;
}

bool ReportTextsEditor::revealRecord(const QString &id)
{
    for (const Section &s : std::as_const(m_sections))
        if (!id.isEmpty() && s.recordId == id) {
            m_scroll->ensureWidgetVisible(s.edit);
            s.edit->setFocus(Qt::OtherFocusReason);
            return true;
        }
    return false;
}

bool ReportTextsEditor::isReadOnly() const
{
    const TableDef *def = schema::table(kTable);
    return m_context.file->isReadOnly()
           || (def && schema::yearLockApplies(*def) && m_context.file->isYearLocked(m_context.year));
}

void ReportTextsEditor::loadGuidance()
{
    const bool nb = QLocale().language() == QLocale::NorwegianBokmal;
    RecordFilter ofYear;
    ofYear.year = m_context.year;
    QHash<QString, QString> byKey;
    for (const Record &item : m_context.file->records(QStringLiteral("checklist_item"), ofYear))
        byKey.insert(item.value(QStringLiteral("template_key")).toString(),
                     item.value(nb ? QStringLiteral("guidance_nb") : QStringLiteral("guidance_en")).toString());
    for (Section &s : m_sections) {
        const GuidanceSource source = guidanceSource(s.key);
        const QString guidance = byKey.value(QString::fromLatin1(source.templateKey));
        s.guidance->setText(guidance.isEmpty() ? QString() : tr("Guidance: %1").arg(clause(guidance, source.letter)));
        s.guidance->setVisible(!guidance.isEmpty());
    }
}

void ReportTextsEditor::showText(Section &section, const QString &text)
{
    if (section.edit->toPlainText() == text)
        return;
    // Keep the cursor where it was, as far as the new text reaches.
    const int position = section.edit->textCursor().position();
    m_loading = true;
    section.edit->setPlainText(text);
    m_loading = false;
    QTextCursor cursor = section.edit->textCursor();
    cursor.setPosition(qMin(position, int(text.size())));
    section.edit->setTextCursor(cursor);
}

void ReportTextsEditor::reload()
{
    RecordFilter ofYear;
    ofYear.year = m_context.year;
    QHash<QString, Record> bySection;
    for (const Record &r : m_context.file->records(kTable, ofYear)) {
        const QString section = r.value(QStringLiteral("section")).toString();
        if (!bySection.contains(section)) // the first of a section is the one the report prints
            bySection.insert(section, r);
    }
    const QMap<QString, QString> figures = reportSectionFigures(*m_context.file, m_context.year, QDate::currentDate());
    const bool readOnly = isReadOnly();
    for (Section &s : m_sections) {
        const Record r = bySection.value(s.key);
        s.recordId = r.value(QStringLiteral("id")).toString();
        s.stored = r.value(QStringLiteral("body")).toString();
        if (!s.dirty) // what is being typed stays until it is saved
            showText(s, s.stored);
        s.edit->setReadOnly(readOnly);
        s.figures->setText(figures.value(s.key));
        s.figures->setVisible(!s.figures->text().isEmpty());
    }
}

void ReportTextsEditor::save(Section &section, Then then)
{
    section.pause->stop();
    if (!section.dirty)
        return;
    section.dirty = false;
    const QString text = section.edit->toPlainText();
    if (text == section.stored || isReadOnly())
        return;
    QString error;
    const QString step = tr("Change report text %1").arg(choiceLabel(QStringLiteral("report_section"), section.key));
    const bool saved = recordedEdit(m_context, step, &error, [&](RecordedEdit &edit) {
        if (!section.recordId.isEmpty())
            return edit.update(kTable, section.recordId, {{QStringLiteral("body"), text}});
        return !edit.insert(kTable, {{QStringLiteral("year"), m_context.year},
                                     {QStringLiteral("section"), section.key},
                                     {QStringLiteral("body"), text}})
                    .isEmpty();
    });
    m_message->setText(saved ? QString() : error);
    m_message->setVisible(!saved);
    if (saved)
        section.stored = text;
    else
        section.dirty = true; // what was typed stays on screen, to be saved on the next try
    if (then == Then::Reload)
        reload(); // now, not after the refresh's delay: a new section's id is known at once
}

bool ReportTextsEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        for (Section &s : m_sections)
            if (s.edit == watched)
                save(s);
    return QWidget::eventFilter(watched, event);
}

} // namespace ik::ui
