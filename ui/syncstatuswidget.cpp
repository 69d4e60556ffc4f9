#include "syncstatuswidget.h"

#include "client/syncworker.h"
#include "credentials/credentialstore.h"
#include "displaytext.h"
#include "icons.h"
#include "language.h"
#include "report/sitestatus.h"
#include "site/sitesession.h"
#include "statuswatcher.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace sitesync::ui {

// A label that gives up its width when the bar is short of room, its text cut short with "…"
// instead of running under its neighbours; SyncStatusWidget::showText puts the whole text in its
// tooltip. The beginning set with keepWhole() is never cut.
class ShorteningLabel : public QLabel {
public:
    using QLabel::QLabel;

    void keepWhole(const QString& beginning)
    {
        m_kept = beginning;
        updateGeometry();
    }

    QSize minimumSizeHint() const override
    {
        const int kept = m_kept.isEmpty() ? 0 : fontMetrics().horizontalAdvance(m_kept);
        const int width =
            std::min(sizeHint().width(), kept + fontMetrics().horizontalAdvance(QStringLiteral("\u2026")));
        return {width, QLabel::minimumSizeHint().height()};
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        const QRect area = contentsRect();
        style()->drawItemText(&painter, area, QStyle::visualAlignment(layoutDirection(), alignment()), palette(),
                              isEnabled(), fontMetrics().elidedText(text(), Qt::ElideRight, area.width()),
                              foregroundRole());
    }

private:
    QString m_kept;
};

namespace {

// Parts of the bar that need their whole width, in every language.
void keepWidth(QWidget* widget)
{
    widget->setSizePolicy(QSizePolicy::Fixed, widget->sizePolicy().verticalPolicy());
}

}  // namespace

SyncStatusWidget::SyncStatusWidget(SiteSession& session, std::shared_ptr<CredentialStore> credentials, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_credentials(std::move(credentials))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_syncNow = new QToolButton(this);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setIcon(syncIcon());
    m_syncNow->setAutoRaise(true);
    keepWidth(m_syncNow);
    layout->addWidget(m_syncNow);

    m_count = new ShorteningLabel(this);
    m_count->setObjectName(QStringLiteral("syncOutLabel"));
    layout->addWidget(m_count);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(160);
    keepWidth(m_progress);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);

    m_phase = new ShorteningLabel(this);
    m_phase->setObjectName(QStringLiteral("syncPhaseLabel"));
    layout->addWidget(m_phase);

    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancel->setVisible(false);
    keepWidth(m_cancel);
    layout->addWidget(m_cancel);

    QLabel* every = nullptr;
    if (m_session.site().isCentral()) {
        m_syncNow->setEnabled(false);
    } else {
        layout->addStretch(1);
        every = new QLabel(this);
        every->setObjectName(QStringLiteral("syncEveryLabel"));
        keepWidth(every);
        layout->addWidget(every);
        m_interval = new QSpinBox(this);
        m_interval->setObjectName(QStringLiteral("syncIntervalSpin"));
        m_interval->setRange(0, SyncWorker::kMaxIntervalMinutes);
        // Typing "30" is one change, not a change to 3 and then to 30.
        m_interval->setKeyboardTracking(false);
        m_interval->setValue(SyncWorker::storedIntervalMinutes(m_session.database()));
        keepWidth(m_interval);
        every->setBuddy(m_interval);
        layout->addWidget(m_interval);
        connect(m_interval, &QSpinBox::valueChanged, this, &SyncStatusWidget::setInterval);
        if (m_interval->value() > 0) {
            ensureThread();
            m_thread->setIntervalMinutes(m_interval->value());
        }
    }
    m_status = new StatusWatcher(m_session.database().path(), this);
    connect(m_status, &StatusWatcher::collected, this, &SyncStatusWidget::showCount);
    showText(m_count, tr("Counting the outgoing queue..."));
    connect(m_syncNow, &QToolButton::clicked, this, &SyncStatusWidget::syncNow);
    connect(m_cancel, &QToolButton::clicked, this, &SyncStatusWidget::cancel);
    followLanguage(this, [this, every] {
        m_syncNow->setText(tr("Sync now"));
        m_syncNow->setToolTip(
            m_session.site().isCentral()
                ? tr("The central server does not start syncs: each remote site connects to it on its schedule.")
                : tr("Push this site's changes to the central server, then pull what waits for it."));
        m_cancel->setText(tr("Cancel"));
        m_cancel->setToolTip(tr("Stop the sync at its next step; what is done is kept."));
        if (every) {
            every->setText(tr("Sync every"));
            m_interval->setSuffix(tr(" min"));
            m_interval->setSpecialValueText(tr("paused"));
            m_interval->setToolTip(tr("Minutes between automatic syncs; 0 pauses them."));
        }
        // The outcome of the last sync was said in the language before: cleared, not left in it.
        if (!m_syncing)
            showText(m_phase, QString());
        refreshCount();
    });
}

SyncStatusWidget::~SyncStatusWidget() = default;

bool SyncStatusWidget::isCounting() const
{
    return m_status->isCounting();
}

void SyncStatusWidget::refreshCount()
{
    m_status->request();
}

void SyncStatusWidget::showCount(const Result<SiteStatus>& status)
{
    if (!status) {
        showText(m_count, tr("Queue unknown: %1").arg(status.error().message));
        return;
    }
    const QString count = QLocale().toString(status->syncOut);
    QStringList parts{m_session.site().isCentral()
                          ? tr("%1 record(s) queued for remote sites", nullptr, status->syncOut).arg(count)
                          : tr("%1 record(s) queued to sync", nullptr, status->syncOut).arg(count)};
    // ACC-4: what waits to be applied here and the open problems, said only when there are any.
    if (status->waiting > 0)
        parts << tr("%Ln received record(s) waiting to be applied", nullptr, status->waiting);
    if (status->problems > 0)
        parts << tr("%Ln open sync problem(s)", nullptr, status->problems);
    // The queue itself is always read whole; what follows it gives way first.
    m_count->keepWhole(parts.first());
    showText(m_count, parts.join(QStringLiteral(" \u00b7 ")));
}

void SyncStatusWidget::ensureThread()
{
    if (m_thread)
        return;
    m_thread = std::make_unique<SyncThread>(m_session.database().path(), m_credentials, m_session.database().clock());
    SyncWorker* worker = m_thread->worker();
    // The worker lives in its own thread: these connections are queued to this one.
    connect(worker, &SyncWorker::started, this, &SyncStatusWidget::showStarted);
    connect(worker, &SyncWorker::progress, this, &SyncStatusWidget::showProgress);
    connect(worker, &SyncWorker::waitingForLink, this, &SyncStatusWidget::showWaiting);
    connect(worker, &SyncWorker::finished, this, &SyncStatusWidget::finish);
}

void SyncStatusWidget::setInterval(int minutes)
{
    if (Status stored = SyncWorker::storeIntervalMinutes(m_session.database(), minutes); !stored) {
        showOutcome(stored.error().message);
        return;
    }
    ensureThread();
    m_thread->setIntervalMinutes(minutes);
}

void SyncStatusWidget::syncNow()
{
    if (m_syncing || m_session.site().isCentral())
        return;
    ensureThread();
    showStarted();
    m_thread->syncNow();
}

// A sync begins: from "sync now", or from the schedule in the worker's thread.
void SyncStatusWidget::showStarted()
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_syncNow->setEnabled(false);
    m_cancel->setEnabled(true);
    m_cancel->setVisible(true);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    showText(m_phase, tr("Connecting..."));
}

void SyncStatusWidget::cancel()
{
    if (!m_syncing || !m_thread)
        return;
    m_thread->cancel();
    m_cancel->setEnabled(false);
    showText(m_phase, tr("Cancelling..."));
}

void SyncStatusWidget::showProgress(SyncPhase phase, qint64 done, qint64 total)
{
    if (!m_syncing || !m_cancel->isEnabled())
        return;  // a late report after cancelling keeps "Cancelling..." on screen
    const QString name = syncPhaseLabel(phase);
    if (total < 0) {
        m_progress->setRange(0, 0);
        showText(m_phase, tr("%1: %2 records done").arg(name, QLocale().toString(done)));
        return;
    }
    // A pull the central counted says what was received and what remains.
    showText(m_phase, phase == SyncPhase::Pull
                          ? pullProgressText(done, total)
                          : tr("%1: %2 record(s) remaining", nullptr, int(std::min<qint64>(total - done, 1 << 30)))
                                .arg(name, QLocale().toString(std::max<qint64>(0, total - done))));
    // QProgressBar holds ints; scale down the rare phase beyond their range.
    const qint64 scale = total > std::numeric_limits<int>::max() ? total / std::numeric_limits<int>::max() + 1 : 1;
    m_progress->setRange(0, int(total / scale));
    m_progress->setValue(int(std::min(done, total) / scale));
}

void SyncStatusWidget::showWaiting(int retry, int seconds)
{
    if (!m_syncing || !m_cancel->isEnabled())
        return;
    m_progress->setRange(0, 0);
    showText(m_phase, waitingForLinkText(retry, seconds));
}

void SyncStatusWidget::finish(bool completed, const QString& message)
{
    m_syncing = false;
    m_syncNow->setEnabled(true);
    m_cancel->setVisible(false);
    m_progress->setVisible(false);
    showOutcome(completed ? tr("Synchronised: %1").arg(message) : tr("Sync stopped: %1").arg(message));
    refreshCount();
    Q_EMIT syncFinished(completed, message);
}

void SyncStatusWidget::showText(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setToolTip(text);
}

void SyncStatusWidget::showOutcome(const QString& text)
{
    const QString at = QLocale().toString(m_session.database().now().toLocalTime().time(), QLocale::ShortFormat);
    showText(m_phase, tr("%1 — %2", "the time of day, then what happened then").arg(at, text));
}

}  // namespace sitesync::ui
