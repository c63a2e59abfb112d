#include "core/common/jsontext.h"

#include <QLocale>

#include <cmath>

namespace ik::json {

void appendString(QString &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out += u'"';
    // Characters that need no escape go in as runs, not one by one.
    qsizetype plain = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u >= 0x20 && u != u'"' && u != u'\\')
            continue;
        out += text.sliced(plain, i - plain);
        plain = i + 1;
        switch (u) {
        case u'"': out += u"\\\""; break;
        case u'\\': out += u"\\\\"; break;
        case u'\b': out += u"\\b"; break;
        case u'\f': out += u"\\f"; break;
        case u'\n': out += u"\\n"; break;
        case u'\r': out += u"\\r"; break;
        case u'\t': out += u"\\t"; break;
        default:
            out += u"\\u00";
            out += QLatin1Char(hex[u >> 4]);
            out += QLatin1Char(hex[u & 0xF]);
        }
    }
    out += text.sliced(plain);
    out += u'"';
}

void appendValue(QString &out, const QVariant &value)
{
    if (value.isNull()) {
        out += u"null";
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        out += value.toBool() ? u"true" : u"false";
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
        out += QString::number(value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (std::isfinite(d))
            out += QString::number(d, 'g', QLocale::FloatingPointShortest);
        else
            out += u"null";
        return;
    }
    case QMetaType::QString: // read in place: toString() goes through the conversion machinery
        appendString(out, *static_cast<const QString *>(value.constData()));
        return;
    default:
        appendString(out, value.toString());
    }
}

} // namespace ik::json
