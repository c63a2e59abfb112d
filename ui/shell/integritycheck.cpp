#include "ui/shell/integritycheck.h"

#include "core/store/unitfile.h"

namespace ik::ui {

BackgroundIntegrityCheck::BackgroundIntegrityCheck(UnitFile *file, QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_result(std::make_shared<FileCheck>())
{
    const QString path = file->path();
    const std::shared_ptr<FileCheck> result = m_result;
    m_thread.reset(QThread::create([path, result] { *result = checkIntegrity(path); }));
    // Queued to this object's (the GUI) thread.
    connect(m_thread.get(), &QThread::finished, this, [this] {
        if (!m_file)
            return;
        m_file->finishIntegrityCheck(*m_result);
        emit finished(*m_result);
    });
    file->awaitIntegrityWith([this] { return wait(); });
    m_thread->start();
}

BackgroundIntegrityCheck::~BackgroundIntegrityCheck()
{
    m_thread->wait();
    if (m_file && m_file->integrityPending()) // not heard yet: the result is there now
        m_file->finishIntegrityCheck(*m_result);
}

FileCheck BackgroundIntegrityCheck::wait() const
{
    m_thread->wait();
    return *m_result;
}

} // namespace ik::ui
