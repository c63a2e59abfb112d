#pragma once

#include "ui/records/editcontext.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QTimer;

namespace ik::ui {

// The report's own texts (table report_text) written like a document: each section of RA-3
// a–e and RA-1, in report order, as a titled multi-line editor, with the guideline's guidance
// for it and the figures the report prints beside it. What is typed is saved through core and
// the undo stack as one step per burst of editing (when the editor loses the focus, or after a
// pause); a section not yet in the file is added by the first save. Follows undo, redo and
// outside changes; read-only where the file or the year is.
class ReportTextsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ReportTextsEditor(const EditContext &context, QWidget *parent = nullptr);
    // Saves what is being typed: closing the file or switching the year loses nothing.
    ~ReportTextsEditor() override;

    // The editor of a section (a key of the choice set "report_section"), or null.
    QPlainTextEdit *editor(const QString &section) const;
    // Scrolls to the section the record `id` holds and puts the cursor in it; false where none does.
    bool revealRecord(const QString &id);

public Q_SLOTS:
    void reload();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Section
    {
        QString key;
        QPlainTextEdit *edit = nullptr;
        QLabel *guidance = nullptr;
        QLabel *figures = nullptr;
        QTimer *pause = nullptr; // a burst of typing ends when it fires
        QString recordId;        // empty: not in the file yet
        QString stored;          // the body the file holds
        bool dirty = false;      // typed since the last save or load
    };
    enum class Then { Reload, Stop };
    void save(Section &section, Then then = Then::Reload);
    void showText(Section &section, const QString &text);
    bool isReadOnly() const;
    void loadGuidance();

    EditContext m_context;
    QList<Section> m_sections;
    QScrollArea *m_scroll;
    QLabel *m_message;
    bool m_loading = false;
};

} // namespace ik::ui
