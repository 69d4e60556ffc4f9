#include "cli.h"
#include "settings/storevisibility.h"
#include "site/sitesession.h"
#include "write/recordmerge.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace sitesync::cli {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesyncctl)
};

int recordPut(Invocation& in)
{
    const QString table = in.arguments().at(0);
    QByteArray text = in.arguments().at(1).toUtf8();
    if (text == "-") {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return in.usage(Text::tr("Cannot read the record from standard input."));
        text = input.readAll();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return in.usage(Text::tr("The record is not valid JSON: %1 at character %2.")
                            .arg(parseError.errorString())
                            .arg(parseError.offset + 1));
    if (!document.isObject())
        return in.usage(Text::tr("The record must be a JSON object, like {\"id\":\"i1\",\"code\":\"AMOX\"}."));
    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    if (table == QLatin1String("name_store_join")) {
        if (Status raw = StoreVisibility(session->syncSettings()).refuseRawWrite(document.object()); !raw)
            return in.fail(raw.error());
    }
    const Result<WriteResult> written = session->writer().put(table, document.object());
    if (!written)
        return in.fail(written.error());
    if (in.json()) {
        in.printJson(written->record);
    } else {
        const QString id = written->record.value(QLatin1String("id")).toVariant().toString();
        in.out() << (written->operation == Operation::Insert ? Text::tr("Inserted %1 '%2'.")
                                                             : Text::tr("Updated %1 '%2'."))
                        .arg(table, id)
                 << Qt::endl;
    }
    return ExitOk;
}

int recordGet(Invocation& in)
{
    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    const Result<QJsonObject> record = session->reader().get(in.arguments().at(0), in.arguments().at(1));
    if (!record)
        return in.fail(record.error());
    in.printJson(*record);
    return ExitOk;
}

int recordList(Invocation& in)
{
    int limit = 0;
    if (in.isSet(QStringLiteral("limit"))) {
        const std::optional<int> value = in.intValue(QStringLiteral("limit"));
        if (!value)
            return ExitUsage;
        if (*value < 0)
            return in.usage(Text::tr("--limit takes a number of 0 or more."));
        limit = *value;
    }
    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    const Result<QJsonArray> records = session->reader().list(in.arguments().at(0), limit);
    if (!records)
        return in.fail(records.error());
    if (in.json()) {
        in.printJson(*records);
        return ExitOk;
    }
    for (const QJsonValue& record : *records)
        in.out() << QString::fromUtf8(QJsonDocument(record.toObject()).toJson(QJsonDocument::Compact)) << '\n';
    in.out() << QCoreApplication::translate("sitesyncctl", "%n record(s)", nullptr, int(records->size())) << Qt::endl;
    return ExitOk;
}

int recordDelete(Invocation& in)
{
    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    const QString table = in.arguments().at(0);
    const QString id = in.arguments().at(1);
    if (table == QLatin1String("name_store_join")) {
        if (Status raw = StoreVisibility(session->syncSettings()).refuseRawWrite({{QStringLiteral("id"), id}}); !raw)
            return in.fail(raw.error());
    }
    if (Status removed = session->writer().remove(table, id); !removed)
        return in.fail(removed.error());
    if (in.json())
        in.printJson(QJsonObject{{QStringLiteral("deleted"), id}, {QStringLiteral("table"), table}});
    else
        in.out() << Text::tr("Deleted %1 '%2'.").arg(table, id) << Qt::endl;
    return ExitOk;
}

int recordMerge(Invocation& in)
{
    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    RecordWriter& writer = session->writer();
    const QString kind = in.arguments().at(0);
    const QJsonObject merge = recordmerge::makeMerge(kind, in.arguments().at(1), in.arguments().at(2), writer.fetcher(),
                                                     session->database().now());
    const Result<WriteResult> written = writer.put(recordmerge::kTable, merge);
    if (!written)
        return in.fail(written.error());
    if (in.json())
        in.printJson(written->record);
    else
        in.out() << Text::tr("Merged %1 '%2' into '%3'; every reference to it now names '%3'.")
                        .arg(kind, in.arguments().at(2), in.arguments().at(1))
                 << Qt::endl;
    return ExitOk;
}

}  // namespace

QList<Command> recordCommands()
{
    return {
        {{QStringLiteral("record"), QStringLiteral("put")},
         QStringLiteral("TABLE JSON"),
         Text::tr("Insert or update a record through the ownership rules (JSON '-' reads standard input)."),
         {},
         2,
         2,
         recordPut},
        {{QStringLiteral("record"), QStringLiteral("get")},
         QStringLiteral("TABLE ID"),
         Text::tr("Print one record."),
         {},
         2,
         2,
         recordGet},
        {{QStringLiteral("record"), QStringLiteral("list")},
         QStringLiteral("TABLE [--limit N]"),
         Text::tr("Print the records of a table."),
         {QStringLiteral("limit")},
         1,
         1,
         recordList},
        {{QStringLiteral("record"), QStringLiteral("merge")},
         QStringLiteral("KIND KEPT_ID MERGED_ID"),
         Text::tr("Merge a record into another (KIND: item, unit, name, patient, prescriber, location): every "
                  "reference to MERGED_ID names KEPT_ID and MERGED_ID is removed, on every site."),
         {},
         3,
         3,
         recordMerge},
        {{QStringLiteral("record"), QStringLiteral("delete")},
         QStringLiteral("TABLE ID"),
         Text::tr("Delete a record through the ownership rules."),
         {},
         2,
         2,
         recordDelete},
    };
}

}  // namespace sitesync::cli
