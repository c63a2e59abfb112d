// A writer for the crash test: opens a unit file and commits batches of ten goals, each batch in
// one transaction, until it is killed. Every goal's title names its batch, so a reader can tell
// a whole batch from a torn one.
#include "core/store/unitfile.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 1;
    ik::FileCheck check;
    auto file = ik::UnitFile::open(QString::fromLocal8Bit(argv[1]), ik::UnitFile::Mode::ReadWrite, &check);
    if (!file || file->isReadOnly()) {
        std::fprintf(stderr, "%s\n", qPrintable(file ? file->readOnlyReason() : check.message));
        return 2;
    }
    const int year = file->latestYear();
    const QString prefix = QString::fromLocal8Bit(argv[2]);
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (int batch = 0;; ++batch) {
        ik::UnitFile::Transaction tx(*file);
        QString error;
        for (int i = 0; i < 10; ++i)
            file->insert(QStringLiteral("goal"),
                         {{QStringLiteral("year"), year},
                          {QStringLiteral("title"), QStringLiteral("%1/%2/%3").arg(prefix).arg(batch).arg(i)},
                          {QStringLiteral("description"), QString(2000, QLatin1Char('x'))}},
                         &error);
        if (!tx.commit(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 3;
        }
    }
}
