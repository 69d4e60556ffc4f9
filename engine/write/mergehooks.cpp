#include "write/mergehooks.h"

#include "model/localsite.h"
#include "write/recordmerge.h"
#include "write/writehook.h"

#include <QCoreApplication>

namespace sitesync::mergehooks {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::RecordWriter)
};

class MergedAway final : public WriteHook {
public:
    std::optional<Result<WriteResult>> intercept(WriteContext& context, const TableInfo& table, const QString& id,
                                                 const QJsonObject& fields) const override
    {
        const Result<QJsonObject> found = recordmerge::mergeOf(context.database(), table.name, id);
        if (!found)
            return Result<WriteResult>(found.error());
        const QJsonObject& merge = *found;
        if (merge.isEmpty())
            return std::nullopt;
        const QString kept = merge.value(QLatin1String("kept_id")).toString();
        if (!context.followsAnotherSite())
            return makeError(ErrorKind::Invalid,
                             Text::tr("Record '%1' of '%2' was merged into '%3'.").arg(id, table.name, kept));
        // Only a merge made where the record is owned takes it away; any other is shown, not obeyed.
        const QString owner = recordmerge::owner(merge, fields);
        const QString mergedBy = merge.value(QLatin1String("store_id")).toString();
        const LocalSite& site = context.site();
        if (!owner.isEmpty() && site.activeSiteOf(owner) != site.activeSiteOf(mergedBy))
            return makeError(ErrorKind::Invalid, Text::tr("Record '%1' of '%2' was merged into '%3' by the site of "
                                                          "store '%4', which does not own it.")
                                                     .arg(id, table.name, kept, mergedBy));
        return Result<WriteResult>(WriteResult{fields, Operation::Update});
    }

    Status prepare(WriteContext& context, const TableInfo& table, QJsonObject& fields) const override
    {
        Result<QJsonObject> translated = recordmerge::translate(context.database(), table.name, fields);
        if (!translated)
            return translated.error();
        fields = std::move(translated).value();
        return {};
    }
};

class MergeRecord final : public WriteHook {
public:
    std::optional<Result<WriteResult>> intercept(WriteContext& context, const TableInfo& table, const QString& id,
                                                 const QJsonObject&) const override
    {
        const Result<QJsonObject> stored = context.fetch(table.name, id);
        if (!stored)
            return Result<WriteResult>(stored.error());
        if (stored->isEmpty())
            return std::nullopt;
        // Received again (a resend), it has been carried out already.
        if (context.followsAnotherSite())
            return Result<WriteResult>(WriteResult{*stored, Operation::Update});
        return makeError(ErrorKind::Invalid, Text::tr("A merge is not changed once made."));
    }

    Status prepare(WriteContext& context, const TableInfo&, QJsonObject& fields) const override
    {
        Result<QJsonObject> through = recordmerge::throughEarlierMerges(context.database(), fields, context.fetcher());
        if (!through)
            return through.error();
        fields = std::move(through).value();
        return {};
    }

    Status check(WriteContext& context, const WriteStep& step) const override
    {
        return recordmerge::validate(step.after, context.fetcher(), context.followsAnotherSite());
    }

    // Merging a record away removes it: that is for whoever may change it.
    Status judgeAlso(WriteContext& context, const WriteStep& step) const override
    {
        const QString target = recordmerge::targetTable(step.after.value(QLatin1String("table_name")).toString());
        const Result<QJsonObject> merged =
            context.fetch(target, step.after.value(QLatin1String("merged_id")).toString());
        if (!merged || merged->isEmpty())
            return merged ? Status() : merged.error();
        return context.judge(*TableRegistry::find(target), *merged, Operation::Delete);
    }

    Status written(WriteContext& context, const WriteStep& step) const override
    {
        return recordmerge::apply(context.database(), step.after);
    }

    Status deletable(WriteContext&, const TableInfo&, const QJsonObject&) const override
    {
        return makeError(ErrorKind::Invalid, Text::tr("A merge cannot be undone: the merged-away record is gone."));
    }
};

}  // namespace

const WriteHook& mergedAway()
{
    static const MergedAway hook;
    return hook;
}

const WriteHook& mergeRecord()
{
    static const MergeRecord hook;
    return hook;
}

}  // namespace sitesync::mergehooks
