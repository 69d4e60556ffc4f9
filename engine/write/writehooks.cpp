#include "write/mergehooks.h"
#include "write/patienthooks.h"
#include "write/patientrules.h"
#include "write/recordmerge.h"
#include "write/referencehooks.h"
#include "write/stocklinereference.h"
#include "write/writehook.h"

#include <QHash>

namespace sitesync {

std::optional<Result<WriteResult>> WriteHook::intercept(WriteContext&, const TableInfo&, const QString&,
                                                        const QJsonObject&) const
{
    return std::nullopt;
}

Status WriteHook::prepare(WriteContext&, const TableInfo&, QJsonObject&) const
{
    return {};
}

Status WriteHook::check(WriteContext&, const WriteStep&) const
{
    return {};
}

Status WriteHook::refused(WriteContext&, const WriteStep&, const Error& refusal) const
{
    return refusal;
}

Status WriteHook::judgeAlso(WriteContext&, const WriteStep&) const
{
    return {};
}

Status WriteHook::written(WriteContext&, const WriteStep&) const
{
    return {};
}

Status WriteHook::deletable(WriteContext&, const TableInfo&, const QJsonObject&) const
{
    return {};
}

Status WriteHook::removing(WriteContext&, const TableInfo&, const QJsonObject&) const
{
    return {};
}

namespace {

QHash<QString, QList<const WriteHook*>> registerHooks()
{
    QHash<QString, QList<const WriteHook*>> hooks;
    hooks[QStringLiteral("name")] = {&referencehooks::storeName(), &patienthooks::patient()};
    for (const QString& follower : patientrules::kFollowers)
        hooks[follower] = {&patienthooks::follower()};
    hooks[QStringLiteral("invoice")] = {&patienthooks::prescription()};
    hooks[QStringLiteral("prescriber")] = {&patienthooks::prescriber()};
    hooks[stocklinereference::kLineTable] = {&referencehooks::invoiceLine()};
    hooks[stocklinereference::kStockLineTable] = {&referencehooks::stockLine()};
    hooks[recordmerge::kTable] = {&mergehooks::mergeRecord()};
    // Last: a table's own hooks see the fields as they came (a follower reads the patient it named
    // before the merge's translation names the kept one).
    for (const QString& table : TableRegistry::names())
        hooks[table].append(&mergehooks::mergedAway());
    return hooks;
}

}  // namespace

const QList<const WriteHook*>& writeHooksFor(const QString& table)
{
    static const QHash<QString, QList<const WriteHook*>> byTable = registerHooks();
    static const QList<const WriteHook*> none;
    const auto found = byTable.constFind(table);
    return found == byTable.cend() ? none : *found;
}

}  // namespace sitesync
