#pragma once

#include <QMainWindow>

#include <memory>

class QActionGroup;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace ik {
class UnitFile;
struct LockHolder;
}

namespace ik::ui {

class BackgroundIntegrityCheck;
class StartWidget;
class UnitView;

// The program's window: the start page with no file open, else the open unit file's phase pages;
// the File, Edit, Year, Settings and Help menus; recent files and window state in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    UnitView *unitView() const { return m_view; }
    // Opens a unit file; a refused file is explained in a message box. Returns success.
    bool openFile(const QString &path);
    // The same, read-only whatever the file allows (from the faculty overview's rows).
    bool openFileReadOnly(const QString &path);
    // Shows an already open file (e.g. one just created).
    void showFile(std::unique_ptr<UnitFile> file);

public Q_SLOTS:
    void newFile();
    void openDialog();
    void openDemo();
    void saveCopy();
    void importTable();
    void exportTable();
    void exportWorkbook();
    bool closeFile();
    void showRequirements();
    void startNextYear();
    // The open file is read-only for a lock that looks left behind: after a warning, breaks the
    // lock and opens the file again for writing, at the same year.
    void openForEditingAnyway();

protected:
    void closeEvent(QCloseEvent *event) override;
    // A unit file dropped on the window opens as File → Open would open it.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void updateTitle();
    void updateActions();
    void rebuildYearMenu();
    void rebuildRecentMenu();
    void addRecent(const QString &path);
    QStringList recentFiles() const;
    QString chooseTable(const QString &title);
    bool confirmBreakingLock(const QString &path, const LockHolder &holder, bool halfWritten);
    bool openBreakingLock(const QString &path);
    bool openFileAs(const QString &path, bool readOnly);
    void showFacultyOverview();

    QStackedWidget *m_stack;
    StartWidget *m_start;
    UnitView *m_view = nullptr;
    std::unique_ptr<BackgroundIntegrityCheck> m_integrityCheck; // of m_view's file, while it runs
    bool m_closed = false; // closeEvent accepted: the window takes no file any more
    QUndoGroup *m_undoGroup;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_yearMenu = nullptr;
    QList<QAction *> m_fileActions; // enabled only with a file open
    QAction *m_deleteAction = nullptr;
    QAction *m_nextYearAction = nullptr;
};

} // namespace ik::ui
