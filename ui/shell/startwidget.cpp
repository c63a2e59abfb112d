#include "ui/shell/startwidget.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ik::ui {

StartWidget::StartWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("startWidget"));
    auto *title = new QLabel(tr("Internkontroll – the annual HSE review"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    title->setFont(font);
    auto *intro = new QLabel(tr("Work through the year's HSE review phase by phase: initiate, map, "
                                "plan and prioritise measures, follow up, and report. One file "
                                "holds your unit's whole HSE record."),
                             this);
    intro->setWordWrap(true);

    auto *newButton = new QPushButton(tr("&New unit file…"), this);
    newButton->setObjectName(QStringLiteral("startNew"));
    auto *openButton = new QPushButton(tr("&Open…"), this);
    openButton->setObjectName(QStringLiteral("startOpen"));
    auto *demoButton = new QPushButton(tr("Open a &demo unit"), this);
    demoButton->setObjectName(QStringLiteral("startDemo"));
    connect(newButton, &QPushButton::clicked, this, &StartWidget::newRequested);
    connect(openButton, &QPushButton::clicked, this, &StartWidget::openRequested);
    connect(demoButton, &QPushButton::clicked, this, &StartWidget::demoRequested);

    auto *recentLabel = new QLabel(tr("&Recent files:"), this);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentFiles"));
    m_recent->setAccessibleName(tr("Recent files"));
    m_recent->setMaximumHeight(m_recent->fontMetrics().height() * 12);
    recentLabel->setBuddy(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(demoButton);
    buttons->addStretch(1);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(12);
    column->addWidget(recentLabel);
    column->addWidget(m_recent);
    column->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 4);
    layout->addStretch(1);
}

void StartWidget::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName() + QStringLiteral("  —  ")
                                             + QDir::toNativeSeparators(path),
                                         m_recent);
        item->setData(Qt::UserRole, path);
    }
    if (paths.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No recent files yet. Create a unit file, open one, or "
                                            "try the demo unit."),
                                         m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace ik::ui
