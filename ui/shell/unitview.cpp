#include "ui/shell/unitview.h"

#include "ui/shell/uistyle.h"
#include "ui/pages/checklisteditor.h"
#include "ui/pages/overviewpage.h"
#include "ui/sharing/pagebanners.h"
#include "ui/pages/phasenames.h"
#include "ui/pages/phasepage.h"
#include "ui/pages/phasepages.h"
#include "ui/pages/reporttextseditor.h"
#include "ui/shell/refreshtimer.h"
#include "core/review/yearstatus.h"
#include "ui/records/tableeditor.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ik::ui {

UnitView::UnitView(std::unique_ptr<UnitFile> file, QWidget *parent)
    : QWidget(parent), m_file(std::move(file)), m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("unitView"));
    m_context = {m_file.get(), m_undo, m_file->latestYear()};

    auto *bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("readOnlyBar"));
    bar->setStyleSheet(bannerStyleSheet(QStringLiteral("QFrame#readOnlyBar"), BannerTone::Warning, palette()));
    m_banner = new QLabel(bar);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    const QString reason = m_file->readOnlyReason();
    // Opened read-only on purpose (from the faculty overview), the file itself gives no reason.
    m_banner->setText(reason.isEmpty() ? tr("Read-only: opened for reading only. Open it with File → Open to change it.")
                                       : tr("Read-only: %1").arg(reason));
    // A lock that looks left behind (another computer's, or an old one) may be broken: MainWindow
    // asks first and opens the file again for writing.
    auto *breakLock = new QPushButton(tr("Open for Editing Anyway…"), bar);
    breakLock->setObjectName(QStringLiteral("breakLockButton"));
    const std::optional<LockRefusal> &held = m_file->heldElsewhere();
    breakLock->setVisible(held && held->holder && held->holder->looksAbandoned());
    connect(breakLock, &QPushButton::clicked, this, &UnitView::openForEditingRequested);
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(0, 0, 6, 0);
    barLayout->addWidget(m_banner, 1);
    barLayout->addWidget(breakLock);
    bar->setVisible(m_file->isReadOnly());

    m_navigator = new QListWidget(this);
    m_navigator->setObjectName(QStringLiteral("phaseNavigator"));
    m_navigator->setAccessibleName(tr("Phases"));
    m_navigator->setMinimumWidth(230);
    m_navigator->setMaximumWidth(300);
    m_navigator->setSpacing(3);
    m_pages = new QStackedWidget(this);

    m_back = new QPushButton(tr("< &Back"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next = new QPushButton(tr("&Next >"), this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    connect(m_back, &QPushButton::clicked, this, &UnitView::back);
    connect(m_next, &QPushButton::clicked, this, &UnitView::next);
    connect(m_navigator, &QListWidget::currentRowChanged, this, &UnitView::showPage);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *right = new QVBoxLayout;
    right->addWidget(m_pages, 1);
    right->addLayout(buttons);
    auto *body = new QHBoxLayout;
    body->addWidget(m_navigator);
    body->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addLayout(body, 1);

    for (const QString &key : pageKeys()) {
        auto *item = new QListWidgetItem(pageTitle(key), m_navigator);
        item->setData(Qt::UserRole, key);
    }
    buildPages();
    refreshOnChange(m_file.get(), this, &UnitView::refreshNavigator);
    showPage(0);
}

UnitView::~UnitView()
{
    // Pages and models refer to the file; let them go before it.
    delete m_pages;
    m_undo->clear();
}

void UnitView::buildPages()
{
    while (m_pages->count() > 0) {
        QWidget *w = m_pages->widget(0);
        m_pages->removeWidget(w);
        delete w;
    }
    m_built.clear();
    for (qsizetype i = 0; i < pageKeys().size(); ++i) {
        m_pages->addWidget(new QWidget(m_pages));
        m_built << nullptr;
    }
    refreshNavigator();
}

QWidget *UnitView::ensurePage(int index)
{
    if (index < 0 || index >= m_built.size())
        return nullptr;
    if (m_built.at(index))
        return m_built.at(index);
    const QString key = pageKeys().at(index);
    QWidget *page = key == QLatin1String("overview")
                        ? static_cast<QWidget *>(new OverviewPage(m_context, m_pages))
                        : createPhasePage(m_context, key, m_pages);
    if (auto *overview = qobject_cast<OverviewPage *>(page))
        connect(overview, &OverviewPage::recordActivated, this, &UnitView::revealRecord);
    // A link in a record's form goes to the linked record, wherever it lies.
    for (TableEditor *editor : page->findChildren<TableEditor *>())
        connect(editor, &TableEditor::recordLinkActivated, this, &UnitView::revealRecord);
    addPageExtras(page, m_context); // sharing and yearly cycle (ui/sharing/pagebanners.h)
    QWidget *placeholder = m_pages->widget(index);
    m_pages->insertWidget(index, page); // the current page stays current
    m_pages->removeWidget(placeholder);
    delete placeholder;
    m_built[index] = page;
    return page;
}

void UnitView::setYear(int year)
{
    if (year == m_context.year)
        return;
    const int current = currentPage();
    m_context.year = year;
    buildPages();
    showPage(current);
    Q_EMIT yearChanged(year);
}

int UnitView::pageCount() const { return m_pages->count(); }
int UnitView::currentPage() const { return m_pages->currentIndex(); }
QWidget *UnitView::page(int index) { return ensurePage(index); }

PhasePage *UnitView::phasePage(const QString &phase)
{
    return qobject_cast<PhasePage *>(ensurePage(int(pageKeys().indexOf(phase))));
}

QStringList UnitView::currentRequirementIds()
{
    auto *p = qobject_cast<PhasePage *>(m_pages->currentWidget());
    if (p)
        return p->checklist()->requirementIds();
    // The Overview: every page's, read from the file rather than by building every page.
    return requirementIdsOf(m_file->records(QStringLiteral("checklist_item"), RecordFilter::ofYear(m_context.year)));
}

TableEditor *UnitView::focusedEditor() const
{
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget())
        if (auto *editor = qobject_cast<TableEditor *>(w))
            return isAncestorOf(editor) ? editor : nullptr;
    return nullptr;
}

bool UnitView::revealRecord(const QString &table, const QString &id)
{
    const TableDef *def = schema::table(table);
    const std::optional<Record> row = def ? m_context.file->record(table, id) : std::nullopt;
    if (!row)
        return false;
    // A checklist item lies on the page of its own phase; any other record on its table's.
    const QString phase = table == QLatin1String("checklist_item") ? row->value(QStringLiteral("phase")).toString() : def->phase;
    const int index = int(pageKeys().indexOf(phase));
    PhasePage *page = phasePage(phase);
    if (!page)
        return false;
    showPage(index);
    const QString parentColumn = def->parentColumn();
    if (!parentColumn.isEmpty()) { // the child table follows its master's current row
        if (TableEditor *master = page->editor(def->column(parentColumn)->reference)) {
            page->showTabOf(master);
            master->selectRecord(row->value(parentColumn).toString());
        }
    }
    // The report's texts are a document of their own, one editor per section.
    if (auto *texts = page->findChild<ReportTextsEditor *>(); texts && table == QLatin1String("report_text")) {
        page->showTabOf(texts);
        return texts->revealRecord(id);
    }
    // The checklist sits above the page's tabs, in an editor of its own name.
    auto *checklist = page->findChild<ChecklistEditor *>();
    TableEditor *editor = table == QLatin1String("checklist_item") && checklist ? checklist->editor() : page->editor(table);
    if (!editor)
        return false;
    page->showTabOf(editor);
    return editor->selectRecord(id);
}

void UnitView::showPage(int index)
{
    if (!ensurePage(index))
        return;
    m_pages->setCurrentIndex(index);
    if (m_navigator->currentRow() != index)
        m_navigator->setCurrentRow(index);
    updateButtons();
    Q_EMIT pageChanged(index);
}

void UnitView::next() { showPage(currentPage() + 1); }
void UnitView::back() { showPage(currentPage() - 1); }

void UnitView::updateButtons()
{
    const int i = currentPage();
    m_back->setEnabled(i > 0);
    m_next->setEnabled(i + 1 < m_pages->count());
    m_back->setToolTip(i > 0 ? pageTitle(pageKeys().value(i - 1)) : QString());
    m_next->setToolTip(i + 1 < m_pages->count() ? pageTitle(pageKeys().value(i + 1)) : QString());
}

void UnitView::refreshNavigator()
{
    const QList<PhaseProgress> phases = phaseProgress(*m_file, m_context.year);
    for (int i = 0; i < m_navigator->count(); ++i) {
        QListWidgetItem *item = m_navigator->item(i);
        const QString key = item->data(Qt::UserRole).toString();
        QString text = pageTitle(key);
        if (key == QLatin1String("overview")) {
            text += QLatin1Char('\n') + tr("Year %1").arg(m_context.year);
        } else {
            for (const PhaseProgress &p : phases)
                if (p.phase == key)
                    text += QLatin1Char('\n') + tr("%1 of %2 checklist items done").arg(p.done).arg(p.total);
        }
        item->setText(text);
        item->setToolTip(text);
    }
}

} // namespace ik::ui
