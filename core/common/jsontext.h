#pragma once

#include <QString>
#include <QStringView>
#include <QVariant>

namespace ik::json {

// JSON written straight into a QString, as QJsonDocument's compact form writes the same values,
// without building a QJsonObject first: the change log writes one object per row written, and an
// import of 100 000 rows spent a tenth of its time building and dropping those objects.
// tests/core/test_jsontext.cpp holds the two side by side.

// `text` quoted, with ", \ and the control characters below U+0020 escaped.
void appendString(QString &out, QStringView text);

// A value as QJsonValue::fromVariant(value) is written: a null as null, a number as a number (a
// double in its shortest exact form; one that is not finite as null), anything else as its text.
void appendValue(QString &out, const QVariant &value);

} // namespace ik::json
