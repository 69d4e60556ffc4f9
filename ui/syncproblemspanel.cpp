#include "syncproblemspanel.h"

#include "colours.h"
#include "dismissproblemdialog.h"
#include "displaytext.h"
#include "language.h"
#include "site/sitesession.h"
#include "sync/syncproblems.h"
#include "tables.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitesync::ui {

namespace {

// The texts this list had when the sync log page drew it, kept under the page's name so that their
// translations stay.
struct LogText {
    Q_DECLARE_TR_FUNCTIONS(sitesync::ui::SyncLogPage)
};

}  // namespace

SyncProblemsPanel::SyncProblemsPanel(SiteSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* filterRow = new QHBoxLayout;
    auto* filterLabel = new QLabel(this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("problemFilter"));
    // Everything by default: the log is the history; "open only" is what needs doing.
    m_filter->addItem(QString(), int(SyncProblemLog::Filter::All));
    m_filter->addItem(QString(), int(SyncProblemLog::Filter::Open));
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);
    layout->addLayout(filterRow);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table = newReadOnlyTable(splitter, QStringLiteral("syncProblemTable"), [] {
        return QStringList{LogText::tr("When"),  LogText::tr("Site"),   LogText::tr("Problem"),
                           LogText::tr("Table"), LogText::tr("Record"), LogText::tr("Reason")};
    });
    m_table->setWordWrap(true);
    splitter->addWidget(m_table);
    auto* details = new QWidget(splitter);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QLabel(details);
    m_details->setObjectName(QStringLiteral("problemDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailsLayout->addWidget(m_details);
    m_content = new QPlainTextEdit(details);
    m_content->setObjectName(QStringLiteral("problemContent"));
    m_content->setReadOnly(true);
    m_content->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    detailsLayout->addWidget(m_content, 1);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto* buttons = new QHBoxLayout;
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retryProblemButton"));
    m_dismiss = new QPushButton(this);
    m_dismiss->setObjectName(QStringLiteral("dismissProblemButton"));
    buttons->addWidget(m_retry);
    buttons->addWidget(m_dismiss);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("problemMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &SyncProblemsPanel::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SyncProblemsPanel::showSelected);
    connect(m_retry, &QPushButton::clicked, this, &SyncProblemsPanel::retrySelected);
    connect(m_dismiss, &QPushButton::clicked, this, &SyncProblemsPanel::dismissSelected);
    followLanguage(this, [=, this] {
        filterLabel->setText(tr("&Show:"));
        m_filter->setItemText(0, tr("All problems"));
        m_filter->setItemText(1, tr("Open problems only"));
        m_retry->setText(tr("Retry"));
        m_retry->setToolTip(tr("A record received from another site is applied again as that site's change; this "
                               "site's own record is pushed to the central server again with the next sync."));
        m_dismiss->setText(tr("Dismiss..."));
        m_dismiss->setToolTip(tr("Closes the problem without applying its record; asks why."));
        m_message->clear();  // the outcome of the last action, in the language it was shown in
        refresh();
    });
}

void SyncProblemsPanel::refresh()
{
    const qint64 was = selected() ? selected()->id : 0;
    const auto filter = SyncProblemLog::Filter(m_filter->currentData().toInt());
    const Result<QList<SyncProblem>> problems = SyncProblems(m_session.writer()).list(filter);
    m_rows = problems ? *problems : QList<SyncProblem>();
    const QSignalBlocker quiet(m_table);
    m_table->clearSelection();
    m_table->setRowCount(int(m_rows.size()));
    int again = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        const SyncProblem& problem = m_rows[row];
        QString kind = problem.kind == QLatin1String("refused") ? LogText::tr("refused") : LogText::tr("quarantined");
        if (problem.state == QLatin1String("resolved"))
            kind = LogText::tr("%1 (resolved)").arg(kind);
        else if (problem.state == QLatin1String("dismissed"))
            kind = tr("%1 (dismissed)").arg(kind);
        else if (problem.state == QLatin1String("superseded"))
            kind = tr("%1 (superseded)").arg(kind);
        setRowTexts(m_table, row,
                    {displayTime(problem.at, QString()),
                     problem.siteId ? m_session.site().siteLabel(problem.siteId) : LogText::tr("unknown"), kind,
                     problem.table, problem.recordId, problem.reason});
        if (problem.id == was)
            again = row;
    }
    // The technician's choice survives the refresh that follows other programs' changes.
    if (again >= 0)
        m_table->selectRow(again);
    showSelected();
}

const SyncProblem* SyncProblemsPanel::selected() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

void SyncProblemsPanel::showSelected()
{
    const SyncProblem* problem = selected();
    m_retry->setEnabled(problem && problem->isOpen());
    m_dismiss->setEnabled(problem && problem->isOpen());
    if (!problem) {
        m_details->setText(tr("Select a problem to see the record's content."));
        m_content->clear();
        return;
    }
    QStringList lines;
    lines << tr("Problem %1 (%2), from site %3: record '%4' of '%5'.")
                 .arg(problem->id)
                 .arg(problem->stateText(),
                      problem->siteId ? m_session.site().siteLabel(problem->siteId) : tr("unknown"), problem->recordId,
                      problem->table);
    lines << tr("Reason: %1").arg(problem->reason);
    if (!problem->retriedAt.isEmpty())
        lines << tr("Last retry, %1: %2").arg(displayTime(problem->retriedAt, QString()), problem->retryResult);
    if (!problem->isOpen())
        lines << tr("Closed %1 by %2: %3")
                     .arg(displayTime(problem->closedAt, QString()), problem->closedBy, problem->resolution);
    m_details->setText(lines.join(QLatin1Char('\n')));
    m_content->setPlainText(problem->isDeletion()
                                ? tr("(none: the change deletes the record)")
                                : QString::fromUtf8(QJsonDocument(problem->payload).toJson(QJsonDocument::Indented)));
}

void SyncProblemsPanel::report(bool done, const QString& text)
{
    m_message->setStyleSheet(done ? QString() : errorStyleSheet());
    m_message->setText(text);
    refresh();
    Q_EMIT problemsChanged();
}

void SyncProblemsPanel::retrySelected()
{
    const SyncProblem* problem = selected();
    if (!problem || !problem->isOpen())
        return;
    const Result<SyncProblems::Retry> retry = SyncProblems(m_session.writer()).retry(problem->id);
    if (!retry)
        report(false, retry.error().message);
    else
        report(retry->outcome != SyncProblems::Retry::Outcome::NotApplied, retry->message);
}

void SyncProblemsPanel::dismissSelected()
{
    const SyncProblem* problem = selected();
    if (!problem || !problem->isOpen())
        return;
    const qint64 id = problem->id;
    DismissProblemDialog dialog(id, tr("record '%1' of '%2'").arg(problem->recordId, problem->table), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<SyncProblem> dismissed = SyncProblems(m_session.writer()).dismiss(id, dialog.reason());
    report(dismissed.ok(), dismissed ? tr("Sync problem %1 dismissed.").arg(id) : dismissed.error().message);
}

}  // namespace sitesync::ui
