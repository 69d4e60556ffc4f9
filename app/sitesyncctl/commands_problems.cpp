#include "cli.h"
#include "site/sitesession.h"
#include "sync/syncproblems.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace sitesync::cli {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesyncctl)
};

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject problemJson(const SyncProblem& problem, bool withContent)
{
    QJsonObject json{{QStringLiteral("id"), problem.id},
                     {QStringLiteral("at"), problem.at},
                     {QStringLiteral("site_id"), problem.siteId > 0 ? QJsonValue(problem.siteId) : QJsonValue()},
                     {QStringLiteral("kind"), problem.kind},
                     {QStringLiteral("table"), problem.table},
                     {QStringLiteral("record_id"), orNull(problem.recordId)},
                     {QStringLiteral("reason"), problem.reason},
                     {QStringLiteral("status"), problem.state},
                     {QStringLiteral("closed_at"), orNull(problem.closedAt)},
                     {QStringLiteral("closed_by"), orNull(problem.closedBy)},
                     {QStringLiteral("resolution"), orNull(problem.resolution)},
                     {QStringLiteral("retried_at"), orNull(problem.retriedAt)},
                     {QStringLiteral("retry_result"), orNull(problem.retryResult)}};
    if (withContent) {
        json.insert(QStringLiteral("deletion"), problem.isDeletion());
        json.insert(QStringLiteral("payload"), problem.payload);
    }
    return json;
}

QString siteOf(SiteSession& session, const SyncProblem& problem)
{
    return problem.siteId > 0 ? session.site().siteLabel(problem.siteId) : Text::tr("unknown");
}

// The problem ID, the command's one argument; nothing when it is not one (the usage error printed).
std::optional<qint64> problemId(Invocation& in)
{
    bool ok = false;
    const qint64 id = in.arguments().at(0).toLongLong(&ok);
    if (!ok || id <= 0) {
        in.usage(Text::tr("A sync problem is named by its ID, a whole number as 'sitesyncctl problems list' shows "
                          "it, not '%1'.")
                     .arg(in.arguments().at(0).left(40)));
        return std::nullopt;
    }
    return id;
}

int problemsList(Invocation& in)
{
    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    const bool all = in.isSet(QStringLiteral("all"));
    const Result<QList<SyncProblem>> problems =
        SyncProblems(session->writer()).list(all ? SyncProblemLog::Filter::All : SyncProblemLog::Filter::Open);
    if (!problems)
        return in.fail(problems.error());
    if (in.json()) {
        QJsonArray rows;
        for (const SyncProblem& problem : *problems)
            rows.append(problemJson(problem, false));
        in.printJson(rows);
        return ExitOk;
    }
    if (problems->isEmpty()) {
        in.out() << (all ? Text::tr("No sync problems.") : Text::tr("No open sync problems.")) << Qt::endl;
        return ExitOk;
    }
    TextTable table({Text::tr("ID"), Text::tr("WHEN"), Text::tr("FROM SITE"), Text::tr("KIND"), Text::tr("TABLE"),
                     Text::tr("RECORD"), Text::tr("STATUS"), Text::tr("REASON")});
    for (const SyncProblem& problem : *problems)
        table.addRow({QString::number(problem.id), problem.at, siteOf(*session, problem), problem.kind, problem.table,
                      problem.recordId, problem.stateText(), problem.reason});
    table.print(in.out());
    return ExitOk;
}

int problemsShow(Invocation& in)
{
    const std::optional<qint64> id = problemId(in);
    if (!id)
        return ExitUsage;
    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    const Result<SyncProblem> problem = SyncProblems(session->writer()).find(*id);
    if (!problem)
        return in.fail(problem.error());
    if (in.json()) {
        in.printJson(problemJson(*problem, true));
        return ExitOk;
    }
    QTextStream& out = in.out();
    out << Text::tr("Problem:    %1 (%2)").arg(problem->id).arg(problem->stateText()) << '\n'
        << Text::tr("When:       %1").arg(problem->at) << '\n'
        << Text::tr("From site:  %1").arg(siteOf(*session, *problem)) << '\n'
        << Text::tr("Kind:       %1").arg(problem->kind) << '\n'
        << Text::tr("Record:     '%1' of '%2'").arg(problem->recordId, problem->table) << '\n'
        << Text::tr("Reason:     %1").arg(problem->reason) << '\n';
    if (!problem->retriedAt.isEmpty())
        out << Text::tr("Last retry: %1: %2").arg(problem->retriedAt, problem->retryResult) << '\n';
    if (!problem->isOpen())
        out << Text::tr("Closed:     %1 by %2: %3").arg(problem->closedAt, problem->closedBy, problem->resolution)
            << '\n';
    out << Text::tr("Content:") << '\n';
    if (problem->isDeletion())
        out << Text::tr("(none: the change deletes the record)") << Qt::endl;
    else
        out << QString::fromUtf8(QJsonDocument(problem->payload).toJson(QJsonDocument::Indented)).trimmed() << Qt::endl;
    return ExitOk;
}

int problemsRetry(Invocation& in)
{
    const std::optional<qint64> id = problemId(in);
    if (!id)
        return ExitUsage;
    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    const Result<SyncProblems::Retry> retry = SyncProblems(session->writer()).retry(*id);
    if (!retry)
        return in.fail(retry.error());
    static const char* const outcomes[] = {"applied", "queued", "not_applied"};
    const bool done = retry->outcome != SyncProblems::Retry::Outcome::NotApplied;
    if (in.json())
        in.printJson(QJsonObject{{QStringLiteral("id"), *id},
                                 {QStringLiteral("outcome"), QLatin1String(outcomes[int(retry->outcome)])},
                                 {QStringLiteral("message"), retry->message},
                                 {QStringLiteral("problem"), problemJson(retry->problem, false)}});
    else if (done)
        in.out() << retry->message << Qt::endl;
    if (!done) {
        in.err() << "sitesyncctl: " << retry->message << Qt::endl;
        return ExitRefused;
    }
    return ExitOk;
}

int problemsDismiss(Invocation& in)
{
    const std::optional<qint64> id = problemId(in);
    if (!id)
        return ExitUsage;
    if (!in.isSet(QStringLiteral("reason")))
        return in.usage(Text::tr("usage: sitesyncctl problems dismiss ID --reason TEXT (the reason is kept with the "
                                 "problem)"));
    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    const Result<SyncProblem> dismissed =
        SyncProblems(session->writer()).dismiss(*id, in.value(QStringLiteral("reason")));
    if (!dismissed)
        return in.fail(dismissed.error());
    if (in.json())
        in.printJson(problemJson(*dismissed, false));
    else
        in.out() << Text::tr("Dismissed sync problem %1 (record '%2' of '%3'); it is kept, closed, for %4 days.")
                        .arg(dismissed->id)
                        .arg(dismissed->recordId, dismissed->table)
                        .arg(SyncProblems::retentionDays(session->database()))
                 << Qt::endl;
    return ExitOk;
}

int problemsPrune(Invocation& in)
{
    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    SyncProblems problems(session->writer());
    const Result<int> deleted = problems.prune();
    if (!deleted)
        return in.fail(deleted.error());
    if (in.json())
        in.printJson(QJsonObject{{QStringLiteral("deleted"), *deleted},
                                 {QStringLiteral("retention_days"), problems.retentionDays()}});
    else
        in.out() << QCoreApplication::translate(
                        "sitesyncctl", "Deleted %n sync problem(s) closed more than %1 days ago.", nullptr, *deleted)
                        .arg(problems.retentionDays())
                 << Qt::endl;
    return ExitOk;
}

int problemsRetention(Invocation& in)
{
    std::optional<int> days;
    if (in.isSet(QStringLiteral("days"))) {
        days = in.intValue(QStringLiteral("days"));
        if (!days)
            return ExitUsage;
    }
    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    SyncProblems problems(session->writer());
    if (days) {
        if (Status s = problems.setRetentionDays(*days); !s)
            return in.fail(s.error());
    }
    if (in.json())
        in.printJson(QJsonObject{{QStringLiteral("retention_days"), problems.retentionDays()}});
    else
        in.out() << Text::tr("Closed sync problems are kept %1 days after they were closed, then deleted.")
                        .arg(problems.retentionDays())
                 << Qt::endl;
    return ExitOk;
}

}  // namespace

QList<Command> problemCommands()
{
    const QString problems = QStringLiteral("problems");
    return {
        {{problems, QStringLiteral("list")},
         QStringLiteral("[--all]"),
         Text::tr("The open sync problems (with --all, the closed ones too), newest first."),
         {QStringLiteral("all")},
         0,
         0,
         problemsList},
        {{problems, QStringLiteral("show")},
         QStringLiteral("ID"),
         Text::tr("One sync problem with the record's content."),
         {},
         1,
         1,
         problemsShow},
        {{problems, QStringLiteral("retry")},
         QStringLiteral("ID"),
         Text::tr("Apply a received record again as from the site that sent it, or, on a remote, push its own "
                  "record again with the next sync."),
         {},
         1,
         1,
         problemsRetry},
        {{problems, QStringLiteral("dismiss")},
         QStringLiteral("ID --reason TEXT"),
         Text::tr("Close a sync problem without applying its record; the reason is kept with it."),
         {QStringLiteral("reason")},
         1,
         1,
         problemsDismiss},
        {{problems, QStringLiteral("prune")},
         QString(),
         Text::tr("Delete the sync problems closed longer than the retention (every sync does it too)."),
         {},
         0,
         0,
         problemsPrune},
        {{problems, QStringLiteral("retention")},
         QStringLiteral("[--days N]"),
         Text::tr("Show, or set, how many days closed sync problems are kept."),
         {QStringLiteral("days")},
         0,
         0,
         problemsRetention},
    };
}

}  // namespace sitesync::cli
