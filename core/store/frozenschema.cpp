#include "core/store/frozenschema.h"

#include "core/store/schema.h"
#include "core/store/sqliteconnection.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSqlQuery>
#include <QVariant>

namespace ik::frozen {

bool isKnownFormat(int version) { return version >= kOldestFormat && version <= schema::kVersion; }

QStringList statements(int version)
{
    if (!isKnownFormat(version))
        return {};
    QFile file(QStringLiteral(":/formats/format-%1.sql").arg(version));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The frozen schema of format %d is not built in", version);
    QStringList out;
    // One statement a line, ending in ';'; lines starting with "--" are comments.
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1String("--")))
            continue;
        out << (text.endsWith(QLatin1Char(';')) ? text.chopped(1) : text);
    }
    return out;
}

QList<SchemaObject> expectedObjects(int version)
{
    static QMutex mutex; // files are checked off the GUI thread, sometimes two at once
    static QHash<int, QList<SchemaObject>> made;
    const QMutexLocker lock(&mutex);
    const auto known = made.constFind(version);
    if (known != made.constEnd())
        return *known;
    const QStringList sql = statements(version);
    if (sql.isEmpty())
        return {};
    QList<SchemaObject> out;
    {
        QString error;
        sqlite::ScopedConnection memory(QStringLiteral(":memory:"), false, &error);
        for (const QString &statement : sql)
            if (!sqlite::exec(memory.db(), statement, &error))
                qFatal("The frozen schema of format %d does not build: %s", version, qPrintable(error));
        QSqlQuery q(memory.db());
        q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY rowid"));
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).isNull() ? QString() : q.value(3).toString()});
    }
    made.insert(version, out);
    return out;
}

} // namespace ik::frozen
