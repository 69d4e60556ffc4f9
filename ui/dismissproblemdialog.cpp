#include "dismissproblemdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sitesync::ui {

DismissProblemDialog::DismissProblemDialog(qint64 problemId, const QString& record, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("dismissProblemDialog"));
    setWindowTitle(tr("Dismiss sync problem %1").arg(problemId));
    auto* layout = new QVBoxLayout(this);
    auto* question = new QLabel(tr("Sync problem %1 (%2) will be closed without its record being applied. Why? "
                                   "The reason is kept with the problem and in the audit log.")
                                    .arg(problemId)
                                    .arg(record),
                                this);
    question->setWordWrap(true);
    layout->addWidget(question);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("dismissReasonEdit"));
    layout->addWidget(m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("dismissButtons"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Dismiss"));
    m_ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

QString DismissProblemDialog::reason() const
{
    return m_reason->text().trimmed();
}

}  // namespace sitesync::ui
