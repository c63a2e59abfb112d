#include "core/common/jsontext.h"
#include "core/store/recordid.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

using namespace ik;

// The change log's JSON was written by QJsonDocument; what reads it back (undo, merge, the log
// view) and files written before must see the same text for the same row.
TEST_CASE("The change log's JSON is what QJsonDocument writes for the same values")
{
    const QList<QVariant> values{
        QVariant(), QVariant(QString()), QVariant(QStringLiteral("")), QVariant(2026), QVariant(qint64(-7)),
        QVariant(qint64(1) << 52), QVariant(0.1), QVariant(2026.0), QVariant(1e20), QVariant(-2.5e-7),
        QVariant(true), QVariant(QStringLiteral("Søl på gulvet «x» – “€5” 😀")),
        QVariant(QStringLiteral("quote \" backslash \\ slash / tab \t line\nreturn\r")),
        QVariant(QString(QChar(0x01)) + QChar(0x1F) + QChar(0x08) + QChar(0x0C) + QChar(0x7F) + QChar(0x2028)),
        // escapes first, last, side by side and between runs of plain text
        QVariant(QStringLiteral("\"\"two quotes\\\\ and\n\n") + QChar(0x1F)),
        QVariant(QString(QChar(0x02)) + QStringLiteral("a") + QChar(0x03) + QStringLiteral("bc\td\"")),
        QVariant(QStringLiteral("\\"))};
    for (const QVariant &v : values) {
        INFO(v.toString().toStdString());
        const QVariantMap row{{QStringLiteral("a_field"), v}, {QStringLiteral("year"), 2026}};
        QString ours = QStringLiteral("{");
        json::appendString(ours, QStringLiteral("a_field"));
        ours += u':';
        json::appendValue(ours, v);
        ours += QStringLiteral(",\"year\":2026}");
        const QString qts = QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(row)).toJson(QJsonDocument::Compact));
        CHECK(ours == qts);
    }
}

TEST_CASE("New record ids are version 7 UUIDs that sort in the order they were made")
{
    const QRegularExpression uuid7(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QStringList ids;
    for (int i = 0; i < 20000; ++i) // far more than one millisecond's counter holds
        ids << newRecordId();
    for (const QString &id : ids)
        REQUIRE(uuid7.match(id).hasMatch());
    QStringList sorted = ids;
    sorted.sort();
    CHECK(sorted == ids);
    CHECK(QSet<QString>(ids.cbegin(), ids.cend()).size() == ids.size());
}
