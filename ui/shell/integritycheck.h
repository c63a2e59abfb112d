#pragma once

#include "core/store/filecheck.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>

namespace ik {
class UnitFile;
}

namespace ik::ui {

// SQLite's integrity check of a file already shown (opened with IntegrityCheck::Later), on a
// thread of its own through a connection of its own: the window paints and can be read at once,
// and a change made meanwhile waits for the check to pass (UnitFile::awaitIntegrityWith). When
// it ends, on the GUI thread, `file` hears the result (UnitFile::finishIntegrityCheck) and then
// `finished` is emitted; a file closed meanwhile hears nothing. Destroying this waits for the
// check to end.
class BackgroundIntegrityCheck : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundIntegrityCheck(UnitFile *file, QObject *parent = nullptr);
    ~BackgroundIntegrityCheck() override;

signals:
    // Only for a file still open; `check.ok()` false: the file is damaged (check.message says how).
    void finished(const ik::FileCheck &check);

private:
    FileCheck wait() const;

    QPointer<UnitFile> m_file;
    std::shared_ptr<FileCheck> m_result;
    std::unique_ptr<QThread> m_thread;
};

} // namespace ik::ui
