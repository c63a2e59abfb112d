#pragma once

#include "ui/records/editcontext.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace ik::ui {

class UnitView;

// The main window's part of sharing with the line manager and of the yearly cycle: File → Merge
// Changes From… and Export Calendar…, Year → Start Next Year… and Unlock Year, the Review menu
// (Sign Off…, the Change Log and Comments docks, Your Name…), the user's name for the change log,
// and a brief notice of what is overdue when a file opens. It follows the window's open file
// through the central stacked widget, so the window only has to create it and call the add…
// functions where its menus are built.
class SharingActions : public QObject
{
    Q_OBJECT
public:
    // `view` gives the window's open unit view (or null).
    SharingActions(QMainWindow *window, std::function<UnitView *()> view);

    void addFileActions(QMenu *file);
    void addReviewMenu();
    void addYearActions(QMenu *year);

    QDockWidget *changeLogDock() const { return m_changeLogDock; }
    QDockWidget *commentsDock() const { return m_commentsDock; }

public Q_SLOTS:
    void mergeFrom();
    void mergeFrom(const QString &path);
    void exportCalendar();
    void startNextYear();
    void unlockYear();
    void signOff();
    void askUserName();

private:
    EditContext context() const;
    void viewChanged();
    void rebuildDocks();
    void showDueNotice();
    void showNamePrompt();

    QMainWindow *m_window;
    std::function<UnitView *()> m_view;
    QPointer<UnitView> m_current;
    const QObject *m_gone = nullptr; // compared, never used
    QList<QAction *> m_fileActions;
    QAction *m_unlock = nullptr;
    QDockWidget *m_changeLogDock;
    QDockWidget *m_commentsDock;
    bool m_askedName = false;
};

} // namespace ik::ui
