#include "ui/shell/newunitdialog.h"

#include "core/review/checklisttemplate.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace ik::ui {

NewUnitDialog::NewUnitDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New unit file"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("unitName"));
    m_name->setPlaceholderText(tr("e.g. Department of Chemistry"));
    m_institution = new QLineEdit(QStringLiteral("NTNU"), this);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("unitYear"));
    m_year->setRange(1990, 2200);
    m_year->setValue(QDate::currentDate().year());
    m_template = new QComboBox(this);
    for (const QString &id : ChecklistTemplate::builtInIds()) {
        QString error;
        const auto t = ChecklistTemplate::builtIn(id, &error);
        m_template->addItem(t ? (QLocale().language() == QLocale::NorwegianBokmal ? t->nameNb() : t->nameEn())
                              : id,
                            id);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Unit name:"), m_name);
    form->addRow(tr("&Institution:"), m_institution);
    form->addRow(tr("First review &year:"), m_year);
    form->addRow(tr("Checklist &template:"), m_template);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Create…"));
    ok->setEnabled(false);
    connect(m_name, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

UnitFile::NewUnit NewUnitDialog::unit() const
{
    UnitFile::NewUnit u;
    u.unitName = m_name->text().trimmed();
    u.institution = m_institution->text().trimmed();
    u.year = m_year->value();
    u.templateId = m_template->currentData().toString();
    return u;
}

} // namespace ik::ui
