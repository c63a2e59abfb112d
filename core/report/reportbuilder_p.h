#pragma once

// The annual report's document builder, shared by the files that write its sections
// (reportbuilder.cpp: the review's own sections; reportsections.cpp: the summary, the registers
// and the key figures). Not part of the report's interface: buildDocument() is.

#include "core/common/translations.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportdata.h"
#include "core/report/reportmodel.h"
#include "core/report/reportoptions.h"
#include "core/report/sectionnumbers.h"
#include "core/review/deviationstats.h"
#include "core/store/labels.h"

#include <QDate>
#include <QLocale>

namespace ik::report::detail {

inline const QString kNb = QStringLiteral("nb");

class Builder
{
public:
    Builder(const ReportData &data, const ReportOptions &options)
        : d(data), m_lang(options.language == QLatin1String("en") ? QStringLiteral("en") : kNb),
          m_today(options.date.isValid() ? options.date : QDate::currentDate()),
          m_locale(m_lang == kNb ? QLocale(QLocale::NorwegianBokmal, QLocale::Norway)
                                 : QLocale(QLocale::English, QLocale::UnitedKingdom))
    {
    }

    Document build();

private:
    // The report's own texts (context "ik::Report") and the schema's labels, in the report's
    // language whatever the user interface's is.
    QString s(const char *english) const { return translateFor(m_lang, "ik::Report", english); }
    QString choice(const char *set, const QVariant &key) const
    {
        return choiceLabel(QString::fromLatin1(set), key.toString(), m_lang);
    }
    QString column(const char *table, const char *column) const
    {
        return fieldLabel(QString::fromLatin1(table), QString::fromLatin1(column), m_lang);
    }
    QString date(const QVariant &value) const;
    QString number(double value) const;
    QString tertialName(int occurrence) const;
    QString sourceName(const QString &actionId) const; // the record an action was made from: type – name // of a checklist item that recurs every tertial
    QString yesNo(const QVariant &value) const { return value.toBool() ? s("Yes") : s("No"); }

    void add(Block block) { m_doc.blocks.append(std::move(block)); }
    // The blocks added from index `first` on stay on one page where they fit on one.
    void keepTogetherFrom(qsizetype first) { m_doc.keptTogether.append({int(first), int(m_doc.blocks.size()) - 1}); }
    void paragraph(const QString &text, TextStyle style = TextStyle::Body) { add(Paragraph{text, style}); }
    void heading1(const QString &text) { add(m_numbers.heading1(text)); }
    void heading2(const QString &text) { add(m_numbers.heading2(text)); }
    void userText(const QString &section);
    void table(Table t, const QString &emptyText)
    {
        t.emptyText = emptyText;
        add(std::move(t));
    }

    void cover();
    void goals();
    void focusAreas();
    void systematicWork();
    void checklist();
    void risks();
    void actionPlan();
    void deviations();
    void training();
    void appraisalsAndSurvey();
    void inspections();
    void indicators();
    void systemReview();
    void yearOverYear();
    void occupationalHealth();
    void supervision();
    void changes();
    void contributors();
    void signoff();
    // reportsections.cpp
    void summary();
    void organisation();
    void legalRegister();
    void mapping();
    void routinesAndAgreements();
    void deviationDetails();
    void keyFigures();
    void healthServiceRegister();
    void supervisionRegister();
    void nextYear();
    void signatureLines();
    // The registers of the year that hold nothing yet (their labels), for the summary.
    QStringList notYetRecorded() const;
    QString amount(double nok) const;
    // The sign-off state as `status` gives it: signed and unchanged, changed since, or none.
    const SignOffState *reviewSignOff() const;
    bool reviewSignedAsItStands() const;
    QString reviewStatus() const;
    QString changeSince(const SignOffState &so) const;
    QString signOffLine(const SignOffState &so) const;


    const ReportData &d;
    // The year's reported deviations counted once: the summary, the details and the key figures
    // each show them.
    const DeviationFacts m_reported = deviationFacts(d.reportedDeviations);
    QString m_lang;
    QDate m_today;
    QLocale m_locale;
    Document m_doc;
    SectionNumbers m_numbers;
};


} // namespace ik::report::detail
