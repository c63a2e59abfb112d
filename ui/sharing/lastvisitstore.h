#pragma once

#include <QDateTime>
#include <QObject>

namespace ik::ui {

// When the user last had a unit file open, per file path in the settings (lastVisitKey()). The
// keeper reads the previous visit when created and records "now" when it goes (the file closes).
class LastVisit : public QObject
{
    Q_OBJECT
public:
    LastVisit(const QString &path, QObject *parent);
    ~LastVisit() override;

    QDateTime previous() const { return m_previous; }

    static QDateTime stored(const QString &path);
    static void store(const QString &path, const QDateTime &when);

private:
    QString m_path;
    QDateTime m_previous;
};

} // namespace ik::ui
