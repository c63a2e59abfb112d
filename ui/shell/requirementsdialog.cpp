#include "ui/shell/requirementsdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ik::ui {

QMap<QString, QString> RequirementsDialog::requirementTexts()
{
    QMap<QString, QString> out;
    QFile f(QStringLiteral(":/docs/requirements.md"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    static const QRegularExpression row(QStringLiteral("^\\|\\s*([A-Z]{2}-\\d+)\\s*\\|\\s*([^|]+)\\|"));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = row.match(line);
        if (m.hasMatch())
            out.insert(m.captured(1), m.captured(2).trimmed());
    }
    return out;
}

RequirementsDialog::RequirementsDialog(const QString &pageTitle, const QStringList &ids,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("requirementsDialog"));
    setWindowTitle(tr("Requirements behind “%1”").arg(pageTitle));
    auto *intro = new QLabel(tr("The guideline's requirements that this page's checklist covers "
                                "(NTNU's guideline for the annual HSE review and "
                                "Internkontrollforskriften § 5):"),
                             this);
    intro->setWordWrap(true);
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("requirements"));
    tree->setRootIsDecorated(false);
    tree->setWordWrap(true);
    tree->setHeaderLabels({tr("ID"), tr("Requirement")});
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    const QMap<QString, QString> texts = requirementTexts();
    for (const QString &id : ids)
        new QTreeWidgetItem(tree, {id, texts.value(id, tr("(not described)"))});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
    resize(820, 520);
}

} // namespace ik::ui
