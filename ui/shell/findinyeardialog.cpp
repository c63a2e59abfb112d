#include "ui/shell/findinyeardialog.h"

#include "core/review/yearsearch.h"
#include "core/store/schema.h"
#include "ui/pages/phasenames.h"
#include "ui/records/fieldlabels.h"
#include "ui/shell/unitview.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ik::ui {

namespace {

enum Column { RegisterColumn, RecordColumn, FieldColumn, TextColumn };

} // namespace

FindInYearDialog::FindInYearDialog(const UnitFile &file, int year, QWidget *parent)
    : QDialog(parent), m_file(file), m_year(year), m_search(new QLineEdit(this)), m_results(new QTreeWidget(this)),
      m_status(new QLabel(this)), m_pause(new QTimer(this))
{
    setObjectName(QStringLiteral("findInYear"));
    setWindowTitle(tr("Find in Year %1").arg(year));
    m_search->setObjectName(QStringLiteral("findInYearField"));
    m_search->setPlaceholderText(tr("Text to find in every register of the year"));
    m_search->setClearButtonEnabled(true);
    auto *label = new QLabel(tr("&Find:"), this);
    label->setBuddy(m_search);

    m_results->setObjectName(QStringLiteral("findInYearResults"));
    m_results->setAccessibleName(tr("Matches"));
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAllColumnsShowFocus(true);
    m_results->setHeaderLabels({tr("Register"), tr("Record"), tr("Field"), tr("Text")});
    m_results->header()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("findInYearStatus"));
    m_status->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_search, 1);
    layout->addLayout(row);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    resize(760, 420);

    // A short pause after the last key: each key does not search the whole year.
    m_pause->setSingleShot(true);
    m_pause->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_pause, &QTimer::timeout, this, &FindInYearDialog::search);
    // Enter in the field goes to the chosen match (the first unless another was chosen); the
    // arrow keys choose without leaving the field.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_pause->isActive()) {
            m_pause->stop();
            search();
        }
        activate(m_results->currentItem());
    });
    m_search->installEventFilter(this);
    connect(m_results, &QTreeWidget::itemActivated, this, &FindInYearDialog::activate);
}

void FindInYearDialog::setYear(int year)
{
    m_year = year;
    setWindowTitle(tr("Find in Year %1").arg(year));
    search();
}

void FindInYearDialog::search()
{
    m_results->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_status->clear();
        return;
    }
    const YearSearch found = searchYear(m_file, m_year, text, uiLanguage());
    QList<QTreeWidgetItem *> items;
    for (const YearMatch &m : found.matches) {
        const TableDef *def = schema::table(m.table);
        auto *item = new QTreeWidgetItem;
        item->setText(RegisterColumn, def ? tableLabel(*def) : m.table);
        item->setText(RecordColumn, m.key.isEmpty() ? m.recordName : tr("%1 (%2)").arg(m.recordName, m.key));
        item->setText(FieldColumn, def ? fieldLabel(*def, m.field) : m.field);
        item->setText(TextColumn, m.excerpt);
        item->setToolTip(TextColumn, m.excerpt);
        item->setData(RegisterColumn, FindInYearDialog::TableRole, m.table);
        item->setData(RegisterColumn, FindInYearDialog::IdRole, m.id);
        items << item;
    }
    m_results->addTopLevelItems(items);
    for (int c = RegisterColumn; c < TextColumn; ++c)
        m_results->resizeColumnToContents(c);
    if (!items.isEmpty())
        m_results->setCurrentItem(items.first());
    m_status->setText(found.truncated ? tr("More than %n match(es); the first are shown.", "", int(found.matches.size()))
                      : found.matches.isEmpty() ? tr("No record of %1 holds “%2”.").arg(QString::number(m_year), text)
                                                : tr("%n match(es)", "", int(found.matches.size())));
}

void FindInYearDialog::showStatus(const QString &text)
{
    m_status->setText(text);
}

bool FindInYearDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_results, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void FindInYearDialog::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    Q_EMIT recordActivated(item->data(RegisterColumn, FindInYearDialog::TableRole).toString(), item->data(RegisterColumn, FindInYearDialog::IdRole).toString());
}

FindInYearDialog *showFindInYear(UnitView *view)
{
    auto *dialog = view->findChild<FindInYearDialog *>();
    if (!dialog) {
        dialog = new FindInYearDialog(*view->file(), view->year(), view);
        QObject::connect(dialog, &FindInYearDialog::recordActivated, view, [view, dialog](const QString &table, const QString &id) {
            if (!view->revealRecord(table, id))
                dialog->showStatus(FindInYearDialog::tr("The record is not shown on its page: a filter or search there hides it."));
        });
        QObject::connect(view, &UnitView::yearChanged, dialog, &FindInYearDialog::setYear);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    dialog->searchField()->setFocus(Qt::ShortcutFocusReason);
    dialog->searchField()->selectAll();
    return dialog;
}

} // namespace ik::ui
