#pragma once

#include "core/rollup/facultyoverview.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QThread;
class QTimer;

namespace ik::ui {

class FacultyTableModel;

// File → Faculty Overview…: many units' files (chosen one by one, or a folder) read for one
// review year into the faculty's table, sorted and filtered as the reader likes, exported as
// PDF or XLSX. The files are read on a thread of their own, with progress and Cancel, and only
// read: a unit's file opens read-only in the main window from its row (openReadOnlyRequested).
class FacultyOverviewWindow : public QDialog
{
    Q_OBJECT
public:
    explicit FacultyOverviewWindow(QWidget *parent = nullptr);
    ~FacultyOverviewWindow() override;

    // Reads these files and folders (folders with their subfolders) for the year shown, replacing
    // what the table holds; returns at once, finished() follows.
    void read(const QStringList &paths);
    bool isReading() const { return m_thread != nullptr; }
    void setYear(int year);

    const FacultyOverview &overview() const { return m_overview; }
    FacultyTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    // Writes the overview as shown (every unit read) to `path`: .pdf or .xlsx, in the report language chosen.
    bool exportTo(const QString &path, QString *error);

Q_SIGNALS:
    void openReadOnlyRequested(const QString &path);
    void finished();

private:
    void chooseFiles();
    void chooseFolder();
    void exportAs(const QString &suffix);
    void openCurrent();
    void showProgress(int done, int total);
    void finishReading(FacultyOverview overview);
    void updateActions();
    QString reportLanguage() const;
    QString startFolder() const;

    QSpinBox *m_year;
    QPushButton *m_chooseFiles, *m_chooseFolder;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QTableView *m_table;
    FacultyTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPushButton *m_open, *m_exportPdf, *m_exportXlsx;
    QComboBox *m_language;
    QTimer *m_yearChanged;

    QStringList m_paths; // what was chosen last
    FacultyOverview m_overview;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancelled{false};
};

} // namespace ik::ui
