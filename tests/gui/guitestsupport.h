#pragma once
// Driving the real widgets of the program in GUI tests.

#include "catch.h"
#include "core/review/demounit.h"
#include "ui/shell/mainwindow.h"
#include "ui/pages/phasenames.h"
#include "ui/pages/phasepage.h"
#include "ui/records/recordfilterproxy.h"
#include "ui/records/recordmodel.h"
#include "ui/records/tableeditor.h"
#include "ui/shell/unitview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace iktest {

// Shows the main window at a working size with the unit file at `path` open, and returns its view.
inline ik::ui::UnitView *openInWindow(ik::ui::MainWindow &window, const QString &path)
{
    window.resize(1400, 900);
    window.show();
    REQUIRE(window.openFile(path));
    REQUIRE(window.unitView());
    return window.unitView();
}

// A fresh demo unit, open in a main window of its own.
struct OpenDemo
{
    QTemporaryDir dir;
    ik::ui::MainWindow window;
    ik::ui::UnitView *view = nullptr;

    OpenDemo()
    {
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        QString error;
        REQUIRE(ik::createDemo(path, ik::DemoOptions{}, &error));
        view = openInWindow(window, path);
    }
};

// The window's action bound to a standard shortcut (Undo, Redo, Help…), as the menus offer it.
inline QAction *actionWith(QWidget &window, QKeySequence::StandardKey key)
{
    for (QAction *a : window.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(key))
            return a;
    return nullptr;
}

// Shows the tab holding `table`'s editor on a phase page and returns that editor.
inline ik::ui::TableEditor *showEditor(ik::ui::UnitView *view, const QString &phase, const QString &table)
{
    ik::ui::PhasePage *page = view->phasePage(phase);
    REQUIRE(page);
    view->showPage(int(ik::ui::pageKeys().indexOf(phase)));
    ik::ui::TableEditor *editor = page->editor(table);
    REQUIRE(editor);
    QTabWidget *tabs = page->tabs();
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i)->isAncestorOf(editor) || tabs->widget(i) == editor)
            tabs->setCurrentIndex(i);
    QApplication::processEvents();
    REQUIRE(editor->isVisible());
    return editor;
}

// The open in-cell editor of a table view (a line edit for text columns).
inline QLineEdit *cellEditor(QTableView *view)
{
    for (QLineEdit *e : view->viewport()->findChildren<QLineEdit *>())
        if (e->isVisible())
            return e;
    return nullptr;
}

// Presses the editor's Add button and types `text` into the new row's naming cell, as a person would.
inline void addByTyping(ik::ui::TableEditor *editor, const QString &text)
{
    auto *add = editor->findChild<QPushButton *>(QStringLiteral("addButton"));
    REQUIRE(add);
    REQUIRE(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QApplication::processEvents();
    QLineEdit *line = cellEditor(editor->view());
    REQUIRE(line);
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    QApplication::processEvents();
}

// Selects a cell and types a new value into it (opens the editor with F2).
inline void typeInto(ik::ui::TableEditor *editor, int row, const QString &column, const QString &text)
{
    QTableView *view = editor->view();
    const int sourceColumn = editor->model()->columnOf(column);
    REQUIRE(sourceColumn >= 0);
    const QModelIndex index = editor->proxy()->mapFromSource(editor->model()->index(row, sourceColumn));
    view->setCurrentIndex(index);
    view->edit(index);
    QApplication::processEvents();
    QLineEdit *line = cellEditor(view);
    REQUIRE(line);
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    QApplication::processEvents();
}

// The open editor of a table view's cell, of whatever kind (line, combo box, date, text).
inline QWidget *openEditor(QTableView *view)
{
    for (QWidget *w : view->viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (w->isVisible())
            return w;
    return nullptr;
}

// Whether a cell opens an editor for a person: tries a double click, F2 and typing a letter,
// and closes any editor that opens without changing anything.
inline bool canEditCell(ik::ui::TableEditor *editor, int row, const QString &column)
{
    QTableView *view = editor->view();
    const int sourceColumn = editor->model()->columnOf(column);
    REQUIRE(sourceColumn >= 0);
    const QModelIndex index = editor->proxy()->mapFromSource(editor->model()->index(row, sourceColumn));
    REQUIRE(index.isValid());
    if (view->isColumnHidden(index.column()))
        return false; // left to the record form: no cell to edit in the table
    view->scrollTo(index);
    view->setCurrentIndex(index);
    QApplication::processEvents();
    const QList<std::function<void()>> attempts{
        [&] { QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center()); },
        [&] { QTest::keyClick(view, Qt::Key_F2); },
        [&] { QTest::keyClicks(view, QStringLiteral("x")); }};
    for (const auto &attempt : attempts) {
        attempt();
        QApplication::processEvents();
        if (QWidget *open = openEditor(view)) {
            QTest::keyClick(open, Qt::Key_Escape);
            QApplication::processEvents();
            return true;
        }
    }
    return false;
}

// Runs `handle` on the next modal dialog of type T, from the event loop (while exec() blocks).
template<typename T>
inline void whenModal(std::function<void(T *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle, tries] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(dialog);
        } else if (++*tries > 500) { // 10 s: give up, and let the test fail on what is missing
            timer->stop();
            timer->deleteLater();
            if (QWidget *w = QApplication::activeModalWidget())
                qWarning("unexpected modal dialog %s", w->metaObject()->className());
        }
    });
    timer->start();
}

// Types a path into a file dialog's name field, as a person would, and accepts it. (selectFile()
// leaves the field alone while it has the focus.)
inline void acceptFileDialog(QFileDialog *d, const QString &path)
{
    auto *name = d->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    if (!name) {
        FAIL_CHECK("the file dialog has no name field");
        d->reject();
        return;
    }
    QTest::qWait(50);
    name->selectAll();
    QTest::keyClicks(name, path);
    static_cast<QDialog *>(d)->accept(); // QFileDialog's own accept() is protected
}

} // namespace iktest
