#pragma once

#include "ui/records/editcontext.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace ik {
class UnitFile;
}

namespace ik::ui {

class PhasePage;
class TableEditor;

// An open unit file: the phase navigator with each phase's progress, the pages (Overview and
// the five phases), Back/Next, and a banner when the file is read-only (with a way out of a lock
// that looks left behind). Owns the file and its
// one undo stack. A page is built when it is first shown or asked for, so opening a file builds
// the Overview alone and a large file's tables are read only when someone looks at them.
class UnitView : public QWidget
{
    Q_OBJECT
public:
    UnitView(std::unique_ptr<UnitFile> file, QWidget *parent = nullptr);
    ~UnitView() override;

    UnitFile *file() const { return m_file.get(); }
    QUndoStack *undoStack() const { return m_undo; }
    int year() const { return m_context.year; }
    // Rebuilds the pages for another review year (the undo stack stays).
    void setYear(int year);

    int pageCount() const;
    int currentPage() const;
    // The page at `index` (pageKeys() order), built now if it was not yet.
    QWidget *page(int index);
    PhasePage *phasePage(const QString &phase);
    // The requirement IDs of the current page's checklist items (on the Overview: of all pages).
    QStringList currentRequirementIds();
    // The table editor holding the keyboard focus, if any.
    TableEditor *focusedEditor() const;

public Q_SLOTS:
    void showPage(int index);
    // Goes to a record: its phase's page, the tab of its register, the record current (a child's
    // parent first). False where no register of a page shows it.
    bool revealRecord(const QString &table, const QString &id);
    void next();
    void back();

Q_SIGNALS:
    void pageChanged(int index);
    void yearChanged(int year);
    // The read-only banner's Open for Editing Anyway…: the file's lock looks left behind.
    void openForEditingRequested();

private:
    void buildPages();
    QWidget *ensurePage(int index);
    void refreshNavigator();
    void updateButtons();

    std::unique_ptr<UnitFile> m_file;
    QUndoStack *m_undo;
    EditContext m_context;
    QLabel *m_banner;
    QListWidget *m_navigator;
    QStackedWidget *m_pages;     // a placeholder stands in for each page not yet built
    QList<QWidget *> m_built;    // per page: the built page, or null
    QPushButton *m_back;
    QPushButton *m_next;
};

} // namespace ik::ui
