#pragma once

#include "ui/shell/refreshwhenshown.h"
#include "core/store/unitfile.h"

#include <QStringList>
#include <QTimer>

namespace ik::ui {

// Calls `slot` once, shortly after a change to the file (changes come in bursts): to any table,
// or only to `tables` when given.
template<typename Receiver, typename Slot>
void refreshOnChange(UnitFile *file, Receiver *receiver, Slot slot, const QStringList &tables = {})
{
    auto *timer = new QTimer(receiver);
    timer->setSingleShot(true);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, receiver, slot);
    const auto start = [timer, tables](const QString &table) {
        if (tables.isEmpty() || tables.contains(table))
            timer->start();
    };
    QObject::connect(file, &UnitFile::recordInserted, timer, start);
    QObject::connect(file, &UnitFile::recordUpdated, timer, start);
    QObject::connect(file, &UnitFile::recordRemoved, timer, start);
    QObject::connect(file, &UnitFile::dataReset, timer, [timer] { timer->start(); });
}

// refreshOnChange for a widget that may be hidden (a page, a tab, a dock): refreshes now or when
// the widget is first shown, and after a change only once it is visible (RefreshWhenShown).
template<typename Widget>
void refreshWhenShownOnChange(UnitFile *file, Widget *widget, void (Widget::*slot)(),
                              const QStringList &tables = {})
{
    auto *deferred = new RefreshWhenShown(widget, [widget, slot] { (widget->*slot)(); });
    refreshOnChange(file, deferred, &RefreshWhenShown::request, tables);
    deferred->request();
}

} // namespace ik::ui
