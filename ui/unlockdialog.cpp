#include "unlockdialog.h"

#include "colours.h"
#include "model/auditlog.h"
#include "unlockform.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sitesync::ui {

UnlockDialog::UnlockDialog(Database& db, const UnlockScope& scope, const QString& question, const QString& action,
                           QWidget* parent)
    : QDialog(parent)
    , m_scope(scope)
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock"));
    setMinimumWidth(460);
    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto* text = new QLabel(question, this);
    text->setObjectName(QStringLiteral("unlockQuestion"));
    text->setWordWrap(true);
    layout->addWidget(text);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("unlockWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(errorStyleSheet());
    m_warning->setVisible(false);
    layout->addWidget(m_warning);
    auto* why = new QLabel(tr("Only technicians may do this: give your name and the unlock password."), this);
    why->setWordWrap(true);
    layout->addWidget(why);
    m_form = new UnlockForm(db, this);
    m_form->setReturnOnlySubmits(true);
    layout->addWidget(m_form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("unlockOkButton"));
    m_ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, &UnlockDialog::tryUnlock);
    connect(m_form, &UnlockForm::changed, this, [this] { m_ok->setEnabled(m_form->isFilled()); });
    connect(m_form, &UnlockForm::submitted, this, [this] {
        if (m_form->isFilled())
            tryUnlock();
    });
}

void UnlockDialog::setWarning(const QString& warning)
{
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

void UnlockDialog::tryUnlock()
{
    m_unlock = m_form->unlock(m_scope);
    if (m_unlock)
        accept();
}

std::unique_ptr<AuditActor> UnlockDialog::ask(Database& db, const UnlockScope& scope, const QString& question,
                                              const QString& action, const QString& warning, QWidget* parent)
{
    UnlockDialog dialog(db, scope, question, action, parent);
    dialog.setWarning(warning);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    return dialog.takeUnlock();
}

}  // namespace sitesync::ui
