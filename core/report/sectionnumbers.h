#pragma once

#include "core/report/reportmodel.h"

namespace ik::report {

// Numbered headings as the annual report numbers them ("3  Deviations", "3.2  By category"),
// for every document of the report's engine.
class SectionNumbers
{
public:
    Paragraph heading1(const QString &text)
    {
        m_sub = 0;
        return {QStringLiteral("%1  %2").arg(QString::number(++m_section), text), TextStyle::Heading1};
    }
    Paragraph heading2(const QString &text)
    {
        return {QStringLiteral("%1.%2  %3").arg(QString::number(m_section), QString::number(++m_sub), text),
                TextStyle::Heading2};
    }

private:
    int m_section = 0;
    int m_sub = 0;
};

} // namespace ik::report
