#pragma once

#include "unitfile.h"

#include <QTimer>

namespace ik::ui {

// Calls `slot` once, shortly after any change to the file (changes come in bursts).
template<typename Receiver, typename Slot>
void refreshOnChange(UnitFile *file, Receiver *receiver, Slot slot)
{
    auto *timer = new QTimer(receiver);
    timer->setSingleShot(true);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, receiver, slot);
    const auto start = [timer] { timer->start(); };
    QObject::connect(file, &UnitFile::recordInserted, timer, start);
    QObject::connect(file, &UnitFile::recordUpdated, timer, start);
    QObject::connect(file, &UnitFile::recordRemoved, timer, start);
    QObject::connect(file, &UnitFile::dataReset, timer, start);
}

} // namespace ik::ui
