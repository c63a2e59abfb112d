#include "ui/sharing/newyeardialog.h"

#include "core/review/checklisttemplate.h"
#include "ui/pages/phasenames.h"
#include "ui/records/fieldlabels.h"
#include "core/store/unitfile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ik::ui {

namespace {
const QString kGoal = QStringLiteral("goal");
}

NewYearDialog::NewYearDialog(const EditContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_year(context.file->latestYear() + 1)
{
    setObjectName(QStringLiteral("newYearDialog"));
    const int last = m_year - 1;
    setWindowTitle(tr("Start review year %1").arg(m_year));

    RecordFilter filter;
    filter.year = last;
    for (const Record &g : context.file->records(kGoal, filter))
        if (g.value(QStringLiteral("result")).toString() == QLatin1String("not_evaluated"))
            m_goalIds << g.value(QStringLiteral("id")).toString();

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(m_goalIds.isEmpty()
                       ? tr("All goals of %1 are evaluated. Starting %2 adds its checklist, carries "
                            "unfinished actions, roles, delegated tasks and indicators over, and locks %1.")
                             .arg(last).arg(m_year)
                       : tr("Before %2 starts, evaluate the goals of %1 (IG-6): was each reached? "
                            "Starting %2 then adds its checklist, carries unfinished actions, roles, "
                            "delegated tasks and indicators over, and locks %1.")
                             .arg(last).arg(m_year));

    m_goals = new QTableWidget(int(m_goalIds.size()), 3, this);
    m_goals->setObjectName(QStringLiteral("goalEvaluations"));
    m_goals->setHorizontalHeaderLabels({tr("Goal of %1").arg(last), tr("Result"), tr("Evaluation")});
    m_goals->horizontalHeader()->setStretchLastSection(true);
    m_goals->verticalHeader()->hide();
    m_goals->setColumnWidth(0, 260);
    m_goals->setColumnWidth(1, 150);
    for (int row = 0; row < m_goalIds.size(); ++row) {
        auto *title = new QTableWidgetItem(context.file->displayName(kGoal, m_goalIds.at(row), uiLanguage()));
        title->setFlags(Qt::ItemIsEnabled);
        m_goals->setItem(row, 0, title);
        auto *result = new QComboBox(m_goals);
        result->addItem(tr("Choose…"), QString());
        for (const QString &key : {QStringLiteral("reached"), QStringLiteral("partly"), QStringLiteral("not_reached")})
            result->addItem(choiceLabel(QStringLiteral("goal_result"), key), key);
        m_goals->setCellWidget(row, 1, result);
        auto *comment = new QLineEdit(m_goals);
        comment->setPlaceholderText(tr("What was achieved, and why"));
        m_goals->setCellWidget(row, 2, comment);
    }
    m_goals->setVisible(!m_goalIds.isEmpty());

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    auto *warning = new QLabel(tr("Starting a year cannot be undone."), this);
    warning->setTextFormat(Qt::PlainText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start %1").arg(m_year));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("startButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewYearDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewYearDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_goals, 1);
    layout->addWidget(m_message);
    layout->addWidget(warning);
    layout->addWidget(m_buttons);
    resize(760, m_goalIds.isEmpty() ? 220 : 460);
}

void NewYearDialog::setEvaluation(int row, const QString &result, const QString &comment)
{
    auto *combo = qobject_cast<QComboBox *>(m_goals->cellWidget(row, 1));
    auto *line = qobject_cast<QLineEdit *>(m_goals->cellWidget(row, 2));
    if (combo)
        combo->setCurrentIndex(std::max(0, combo->findData(result)));
    if (line)
        line->setText(comment);
}

void NewYearDialog::accept()
{
    if (m_started) {
        QDialog::accept();
        return;
    }
    UnitFile &file = *m_context.file;
    for (int row = 0; row < m_goalIds.size(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_goals->cellWidget(row, 1));
        if (combo->currentData().toString().isEmpty()) {
            m_message->setText(tr("Choose a result for “%1”.").arg(m_goals->item(row, 0)->text()));
            m_goals->setCurrentCell(row, 1);
            return;
        }
    }
    QString error;
    const auto checklist = ChecklistTemplate::builtIn(file.meta(QStringLiteral("template")).isEmpty()
                                                          ? QStringLiteral("ntnu")
                                                          : file.meta(QStringLiteral("template")),
                                                      &error);
    RolloverResult result;
    bool ok = checklist.has_value();
    if (ok) {
        UnitFile::Transaction transaction(file);
        for (int row = 0; ok && row < m_goalIds.size(); ++row) {
            const auto *combo = qobject_cast<QComboBox *>(m_goals->cellWidget(row, 1));
            const auto *line = qobject_cast<QLineEdit *>(m_goals->cellWidget(row, 2));
            Record values{{QStringLiteral("result"), combo->currentData()}};
            if (!line->text().trimmed().isEmpty())
                values.insert(QStringLiteral("evaluation"), line->text().trimmed());
            ok = file.update(kGoal, m_goalIds.at(row), values, &error);
        }
        ok = ok && startNextYear(file, m_year, *checklist, &result, &error) && transaction.commit(&error);
    }
    if (!ok) {
        m_message->setText(tr("Nothing was changed: %1").arg(error));
        return;
    }
    m_context.undo->clear(); // the old year is locked now: its edits cannot be undone
    m_started = true;
    m_goals->setEnabled(false);
    m_message->setText(tr("Review year %1 started: %2 checklist items, %3 unfinished actions carried over, "
                          "%4 roles and delegated tasks, %5 indicators. %6 is now locked.")
                           .arg(m_year)
                           .arg(result.checklistItems)
                           .arg(result.carriedActions)
                           .arg(result.carriedRoles)
                           .arg(result.carriedIndicators)
                           .arg(m_year - 1));
    m_buttons->button(QDialogButtonBox::Cancel)->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Close"));
}

} // namespace ik::ui
