#include "unlockform.h"

#include "colours.h"
#include "model/auditlog.h"
#include "security/passwordhash.h"

#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace sitesync::ui {

UnlockForm::UnlockForm(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("unlockForm"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_technician = new QLineEdit(this);
    m_technician->setObjectName(QStringLiteral("unlockTechnician"));
    m_technician->setPlaceholderText(tr("Written in the audit log with what you do"));
    form->addRow(tr("Your &name:"), m_technician);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("unlockPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Unlock password:"), m_password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("unlockRepeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeatLabel = new QLabel(tr("&Repeat it:"), this);
    m_repeatLabel->setBuddy(m_repeat);
    form->addRow(m_repeatLabel, m_repeat);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("unlockFormMessage"));
    m_message->setWordWrap(true);
    form->addRow(m_message);
    for (QLineEdit* edit : {m_technician, m_password, m_repeat}) {
        connect(edit, &QLineEdit::textChanged, this, &UnlockForm::changed);
        connect(edit, &QLineEdit::returnPressed, this, &UnlockForm::submitted);
        edit->installEventFilter(this);
    }
    prepare();
}

bool UnlockForm::eventFilter(QObject* watched, QEvent* event)
{
    if (m_returnOnlySubmits && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // Return in a field before the last one goes on to the next empty one.
            for (QLineEdit* edit : {m_technician, m_password, m_repeat}) {
                if (edit->isVisible() && edit->text().isEmpty() && edit != watched) {
                    edit->setFocus(Qt::TabFocusReason);
                    return true;
                }
            }
            Q_EMIT submitted();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void UnlockForm::prepare()
{
    m_choosing = !UnlockGate(m_db).isSet();
    m_repeat->setVisible(m_choosing);
    m_repeatLabel->setVisible(m_choosing);
    m_message->setStyleSheet(QString());
    m_message->setText(m_choosing ? tr("No unlock password is set yet. Choose one of at least %1 characters; it "
                                       "will be asked for every change of sync settings and sites.")
                                        .arg(PasswordHash::kMinimumLength)
                                  : QString());
}

bool UnlockForm::isFilled() const
{
    return !m_technician->text().trimmed().isEmpty() && !m_password->text().isEmpty() &&
           (!m_choosing || !m_repeat->text().isEmpty());
}

void UnlockForm::showProblem(const QString& problem)
{
    m_message->setStyleSheet(problem.isEmpty() ? QString() : errorStyleSheet());
    m_message->setText(problem);
}

std::unique_ptr<AuditActor> UnlockForm::unlock(const UnlockScope& scope)
{
    UnlockGate gate(m_db);
    const QString technician = m_technician->text().trimmed();
    const QString password = m_password->text();
    const QString repeat = m_repeat->text();
    m_password->clear();
    m_repeat->clear();
    if (technician.isEmpty()) {
        showProblem(tr("Give your name: it is written in the audit log with everything done while unlocked."));
        return nullptr;
    }
    if (!gate.isSet()) {
        if (password != repeat) {
            showProblem(tr("The two passwords differ."));
            return nullptr;
        }
        // The first password is set in the name of who chose it.
        const AuditActor chooser(technician);
        if (Status set = gate.setPassword(password); !set) {
            showProblem(set.error().message);
            return nullptr;
        }
        prepare();
    }
    Result<std::unique_ptr<AuditActor>> unlocked = gate.unlock(password, technician, scope);
    if (!unlocked) {
        showProblem(unlocked.error().message);
        return nullptr;
    }
    showProblem(QString());
    return std::move(unlocked).value();
}

}  // namespace sitesync::ui
