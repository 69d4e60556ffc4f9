#include "unlockpassworddialog.h"

#include "colours.h"
#include "model/auditlog.h"
#include "security/passwordhash.h"
#include "settings/unlockgate.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sitesync::ui {

UnlockPasswordDialog::UnlockPasswordDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_set(UnlockGate(db).isSet())
{
    setObjectName(QStringLiteral("unlockPasswordDialog"));
    setWindowTitle(m_set ? tr("Change the unlock password") : tr("Set the unlock password"));
    setMinimumWidth(440);
    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto* intro = new QLabel(
        tr("The unlock password guards the sync settings and the changes of sites: only technicians should know "
           "it. It needs at least %1 characters.")
            .arg(PasswordHash::kMinimumLength),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_technician = new QLineEdit(this);
    m_technician->setObjectName(QStringLiteral("passwordTechnician"));
    form->addRow(tr("Your &name:"), m_technician);
    m_current = new QLineEdit(this);
    m_current->setObjectName(QStringLiteral("currentUnlockPassword"));
    m_current->setEchoMode(QLineEdit::Password);
    if (m_set)
        form->addRow(tr("&Current unlock password:"), m_current);
    else
        m_current->setVisible(false);
    m_new = new QLineEdit(this);
    m_new->setObjectName(QStringLiteral("newUnlockPassword"));
    m_new->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&New unlock password:"), m_new);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatNewUnlockPassword"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Repeat it:"), m_repeat);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("unlockPasswordMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(errorStyleSheet());
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(m_set ? tr("Change") : tr("Set"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("unlockPasswordOk"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, &UnlockPasswordDialog::apply);
    for (QLineEdit* edit : {m_technician, m_current, m_new, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &UnlockPasswordDialog::updateButton);
    updateButton();
}

void UnlockPasswordDialog::updateButton()
{
    m_ok->setEnabled(!m_technician->text().trimmed().isEmpty() && (!m_set || !m_current->text().isEmpty()) &&
                     !m_new->text().isEmpty() && !m_repeat->text().isEmpty());
}

void UnlockPasswordDialog::apply()
{
    const QString technician = m_technician->text().trimmed();
    const QString current = m_current->text();
    const QString replacement = m_new->text();
    const QString repeat = m_repeat->text();
    for (QLineEdit* edit : {m_current, m_new, m_repeat})
        edit->clear();
    if (replacement != repeat) {
        m_message->setText(tr("The two new passwords differ."));
        return;
    }
    UnlockGate gate(m_db);
    Status done;
    if (m_set) {
        done = gate.change(current, replacement, technician);
    } else {
        const AuditActor actor(technician);
        done = gate.setPassword(replacement);
    }
    if (!done) {
        m_message->setText(done.error().message);
        return;
    }
    m_changed = true;
    accept();
}

}  // namespace sitesync::ui
