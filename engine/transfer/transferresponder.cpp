#include "transfer/transferresponder.h"

#include "db/database.h"
#include "model/localsite.h"
#include "write/recordwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>

namespace sitesync {

Q_LOGGING_CATEGORY(lcTransfer, "sitesync.engine.transfer", QtWarningMsg)

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::StoreTransfers)
};

QString text(const QJsonObject& record, const char* key)
{
    return record.value(QLatin1String(key)).toString();
}

// Every "nothing to do here" says why, in one line; the reason is put into words only when the
// line is wanted (QT_LOGGING_RULES="sitesync.engine.transfer.info=true").
template <typename Reason> Status skip(const TransferKind& kind, const QString& id, Reason reason)
{
    qCInfo(lcTransfer).noquote() << QStringLiteral("skipped %1 %2 (%3): %4")
                                        .arg(QLatin1String(kind.initiating.table), id, QLatin1String(kind.requirement),
                                             reason());
    return {};
}

bool isReady(const TransferKind& kind, const QJsonObject& initiating)
{
    if (kind.readyType && text(initiating, "type") != QLatin1String(kind.readyType))
        return false;
    const QString status = text(initiating, "status");
    return std::any_of(kind.readyStatuses.begin(), kind.readyStatuses.end(),
                       [&](const char* ready) { return ready && status == QLatin1String(ready); });
}

}  // namespace

WriteOptions TransferResponder::systemWrite()
{
    // The system writes the responding half, in a store of another site.
    WriteOptions options = WriteOptions::bySystem();
    options.returnStored = false;
    return options;
}

int TransferResponder::respondingSite(const QString& from, const QString& to) const
{
    const LocalSite& site = m_writer.site();
    const std::optional<int> fromSite = site.activeSiteOf(from);
    const std::optional<int> toSite = site.activeSiteOf(to);
    const int central = site.context().centralSiteId;
    // The central does it, unless both stores are active on one remote site, which does it.
    return fromSite && toSite && *fromSite == *toSite && *fromSite != central ? *fromSite : central;
}

Result<QString> TransferResponder::nameOfStore(const QString& store)
{
    const Result<QVariant> name =
        m_writer.database().scalar(QStringLiteral("SELECT id FROM name WHERE store_id = ?"), {store});
    if (!name)
        return name.error();
    if (name->toString().isEmpty())
        return makeError(ErrorKind::MissingReference,
                         Text::tr("Store '%1' has no name record yet; the transfer waits for it.").arg(store));
    return name->toString();
}

Status TransferResponder::respond(const QString& table, const QString& id)
{
    const Result<QJsonObject> found = m_writer.fetch(table, id);
    if (!found)
        return found.error();
    const QJsonObject& initiating = *found;
    const TransferKind* kind = transferKindOf(table, initiating);
    if (!kind)
        return {};
    if (initiating.isEmpty())
        return skip(*kind, id, [] { return QStringLiteral("it is not here (yet)"); });
    return respond(*kind, initiating);
}

Status TransferResponder::respond(const TransferKind& kind, const QJsonObject& initiating)
{
    const QString id = text(initiating, "id");
    if (!isReady(kind, initiating))
        return skip(kind, id, [&] { return QStringLiteral("it is not %1").arg(QLatin1String(kind.readyWords)); });
    const Result<QJsonObject> partner = m_writer.fetch(QStringLiteral("name"), text(initiating, kind.partnerColumn));
    if (!partner)
        return partner.error();
    Transfer transfer{initiating, text(initiating, "store_id"), text(*partner, "store_id"), QString(),
                      respondingId(id)};
    if (transfer.to.isEmpty())
        return skip(kind, id, [&] {
            return QStringLiteral("its %1 is not the name of a store").arg(QLatin1String(kind.partnerColumn));
        });
    if (transfer.to == transfer.from)
        return skip(kind, id, [&] { return QStringLiteral("it is to its own store %1").arg(transfer.from); });
    if (const int site = respondingSite(transfer.from, transfer.to); site != m_writer.site().siteId())
        return skip(kind, id, [&] {
            return QStringLiteral("site %1 answers transfers from store %2 to store %3")
                .arg(m_writer.site().siteLabel(site), transfer.from, transfer.to);
        });
    const Result<QString> fromName = nameOfStore(transfer.from);
    if (!fromName)
        return fromName.error();
    transfer.fromName = *fromName;
    const Result<QJsonObject> answered = m_writer.fetch(QLatin1String(kind.responding.table), transfer.responseId);
    if (!answered)
        return answered.error();
    QJsonObject response = *answered;
    if (Status s = checkReused(kind, transfer, response); !s)
        return s;
    if (!response.isEmpty() && kind.closedAfterFollowing &&
        text(response, "status") != QLatin1String(kind.followsWhile))
        return skip(kind, id, [&] {
            return QStringLiteral("its responding half %1 is %2, the responding store's alone")
                .arg(transfer.responseId, text(response, "status"));
        });
    int written = 0;
    if (response.isEmpty()) {
        Result<QJsonObject> header = newHeader(kind, transfer);
        if (!header)
            return header.error();
        response = std::move(header).value();
        if (const Result<WriteResult> w = m_writer.put(QLatin1String(kind.responding.table), response, systemWrite());
            !w)
            return w.error();
        qCInfo(lcTransfer).noquote() << QStringLiteral("made %1 %2 answering %3 %4 in store %5 (%6)")
                                            .arg(QLatin1String(kind.responding.table), transfer.responseId,
                                                 QLatin1String(kind.initiating.table), id, transfer.to,
                                                 QLatin1String(kind.requirement));
        ++written;
    }
    const Result<int> lines = copyLines(kind, transfer, response);
    if (!lines)
        return lines.error();
    written += *lines;
    // Where the responding store is active here too, it is numbered at once.
    if (kind.numberColumn && m_writer.site().activeSiteOf(transfer.to) == m_writer.site().siteId() &&
        response.value(QLatin1String(kind.numberColumn)).toInteger() == -1)
        return number(kind, response);
    if (written == 0)
        return skip(kind, id, [&] {
            return QStringLiteral("its responding half %1 is there already, with every line").arg(transfer.responseId);
        });
    return {};
}

Status TransferResponder::checkReused(const TransferKind& kind, const Transfer& transfer, const QJsonObject& existing)
{
    const QString initiatingId = text(transfer.initiating, "id");
    auto reused = [&](const QString& table, const QString& id) {
        qCWarning(lcTransfer) << "refused: responding record" << id << "of" << table << "is not the one of"
                              << initiatingId;
        return makeError(ErrorKind::Refused,
                         Text::tr("The transfer '%1' would reuse record '%2' of '%3', which is not its responding "
                                  "half in store '%4' (the id of another or a deleted transfer was used again). "
                                  "Nothing of it was changed.")
                             .arg(initiatingId, id, table, transfer.to));
    };
    if (!existing.isEmpty() &&
        (text(existing, "store_id") != transfer.to || text(existing, kind.linkColumn) != initiatingId ||
         (kind.partnerNameColumn && text(existing, kind.partnerNameColumn) != transfer.fromName)))
        return reused(QLatin1String(kind.responding.table), transfer.responseId);
    QSqlQuery lines(m_writer.database().sql());
    lines.prepare(QStringLiteral("SELECT r.id FROM %1 l JOIN %2 r ON r.id = l.id || '%5' WHERE l.%3 = ?"
                                 " AND (r.%4 IS DISTINCT FROM ? OR r.store_id IS DISTINCT FROM ?) LIMIT 1")
                      .arg(QLatin1String(kind.initiating.lineTable), QLatin1String(kind.responding.lineTable),
                           QLatin1String(kind.initiating.lineHeader), QLatin1String(kind.responding.lineHeader),
                           respondingId(QString())));
    lines.addBindValue(initiatingId);
    lines.addBindValue(transfer.responseId);
    lines.addBindValue(transfer.to);
    if (!lines.exec())
        return makeError(ErrorKind::Database, sqlErrorText(lines));
    if (lines.next())
        return reused(QLatin1String(kind.responding.lineTable), lines.value(0).toString());
    return {};
}

Result<QJsonObject> TransferResponder::newHeader(const TransferKind& kind, const Transfer& transfer)
{
    QJsonObject header{{QStringLiteral("id"), transfer.responseId},
                       {QStringLiteral("store_id"), transfer.to},
                       {QLatin1String(kind.linkColumn), text(transfer.initiating, "id")},
                       {QStringLiteral("status"), QLatin1String(kind.status)}};
    if (kind.partnerNameColumn)
        header.insert(QLatin1String(kind.partnerNameColumn), transfer.fromName);
    if (kind.type)
        header.insert(QStringLiteral("type"), QLatin1String(kind.type));
    if (kind.numberColumn)
        header.insert(QLatin1String(kind.numberColumn), -1);
    if (kind.enteredAt)
        header.insert(QLatin1String(kind.enteredAt), m_writer.database().nowText());
    if (kind.completeHeader) {
        if (Status s = kind.completeHeader(m_writer, transfer, header); !s)
            return s.error();
    }
    return header;
}

Result<int> TransferResponder::copyLines(const TransferKind& kind, const Transfer& transfer,
                                         const QJsonObject& response)
{
    const QString price = kind.price.from ? QStringLiteral(", l.%1").arg(QLatin1String(kind.price.from)) : QString();
    QSqlQuery lines(m_writer.database().sql());
    lines.prepare(QStringLiteral("SELECT l.id, l.item_id, l.%1, r.id, r.%2%3 FROM %4 l"
                                 " LEFT JOIN %5 r ON r.id = l.id || '%6' WHERE l.%7 = ?")
                      .arg(QLatin1String(kind.quantity.from), QLatin1String(kind.quantity.to), price,
                           QLatin1String(kind.initiating.lineTable), QLatin1String(kind.responding.lineTable),
                           respondingId(QString()), QLatin1String(kind.initiating.lineHeader)));
    lines.addBindValue(text(transfer.initiating, "id"));
    if (!lines.exec())
        return makeError(ErrorKind::Database, sqlErrorText(lines));
    const bool follows = kind.followsWhile && text(response, "status") == QLatin1String(kind.followsWhile);
    QList<QJsonObject> changes;
    while (lines.next()) {
        const QString lineId = lines.value(0).toString();
        const double quantity = lines.value(2).toDouble();
        if (!lines.value(3).isNull()) {
            if (follows && lines.value(4).toDouble() != quantity)
                changes.append(
                    {{QStringLiteral("id"), respondingId(lineId)}, {QLatin1String(kind.quantity.to), quantity}});
            continue;
        }
        QJsonObject line{{QStringLiteral("id"), respondingId(lineId)},
                         {QStringLiteral("store_id"), transfer.to},
                         {QLatin1String(kind.responding.lineHeader), transfer.responseId},
                         {QStringLiteral("item_id"), lines.value(1).toString()},
                         {QLatin1String(kind.quantity.to), quantity}};
        if (kind.price.from)
            line.insert(QLatin1String(kind.price.to), lines.value(5).toDouble());
        if (kind.completeLine) {
            if (Status s = kind.completeLine(m_writer, lineId, line); !s)
                return s.error();
        }
        changes.append(line);
    }
    for (const QJsonObject& line : changes) {
        if (const Result<WriteResult> w = m_writer.put(QLatin1String(kind.responding.lineTable), line, systemWrite());
            !w)
            return w.error();
    }
    return int(changes.size());
}

Status TransferResponder::withdrawLine(const TransferKind& kind, const QJsonObject& line)
{
    // Only the responding line of the line deleted: a line that has not arrived yet is not one that
    // was taken off.
    const QString lineId = text(line, "id");
    const QString headerId = text(line, kind.initiating.lineHeader);
    const QString responseId = respondingId(headerId);
    const Result<QJsonObject> answered = m_writer.fetch(QLatin1String(kind.responding.table), responseId);
    if (!answered)
        return answered.error();
    const Result<QJsonObject> answeringLine =
        m_writer.fetch(QLatin1String(kind.responding.lineTable), respondingId(lineId));
    if (!answeringLine)
        return answeringLine.error();
    const QJsonObject& response = *answered;
    const QJsonObject& responding = *answeringLine;
    if (response.isEmpty() || responding.isEmpty() || text(response, kind.linkColumn) != headerId ||
        text(responding, kind.responding.lineHeader) != responseId)
        return skip(kind, headerId,
                    [&] { return QStringLiteral("its line %1 has no responding line here to take off").arg(lineId); });
    if (text(response, "status") != QLatin1String(kind.followsWhile))
        return skip(kind, headerId, [&] {
            return QStringLiteral("its line %1 stays on %2, which is %3 and follows it no more")
                .arg(lineId, responseId, text(response, "status"));
        });
    if (const int site = respondingSite(text(line, "store_id"), text(response, "store_id"));
        site != m_writer.site().siteId())
        return skip(kind, headerId, [&] {
            return QStringLiteral("site %1 takes its line %2 off %3")
                .arg(m_writer.site().siteLabel(site), lineId, responseId);
        });
    return m_writer.remove(QLatin1String(kind.responding.lineTable), text(responding, "id"), systemWrite());
}

Status TransferResponder::number(const TransferKind& kind, const QJsonObject& response)
{
    // TR-2: the store's next number, in the transaction that uses it.
    const QString table = QLatin1String(kind.responding.table);
    const QString column = QLatin1String(kind.numberColumn);
    const QString store = text(response, "store_id");
    const Result<QVariant> last =
        m_writer.database().scalar(QStringLiteral("SELECT COALESCE(max(%1), 0) FROM %2 WHERE store_id = ? AND %3")
                                       .arg(column, table, QLatin1String(kind.numberedFilter)),
                                   {store});
    if (!last)
        return last.error();
    const qint64 next = std::max<qint64>(last->toLongLong(), 0) + 1;
    const QString id = text(response, "id");
    if (const Result<WriteResult> w = m_writer.put(table, {{QStringLiteral("id"), id}, {column, next}}); !w)
        return w.error();
    // The initiating store hears of it through the central (DT-7 routes messages to both stores).
    const QString initiating = text(response, kind.linkColumn);
    const Result<QJsonObject> partner = m_writer.fetch(QStringLiteral("name"), text(response, kind.partnerNameColumn));
    if (!partner)
        return partner.error();
    const QString from = text(*partner, "store_id");
    const QString body = QCoreApplication::translate("sitesync::StoreTransfers", kind.receivedMessage);
    const QJsonObject message{{QStringLiteral("id"), id + QStringLiteral(":received")},
                              {QStringLiteral("from_store_id"), store},
                              {QStringLiteral("to_store_id"), from},
                              {QStringLiteral("body"), body.arg(initiating).arg(next).arg(store)},
                              {QStringLiteral("created_at"), m_writer.database().nowText()}};
    if (const Result<WriteResult> w = m_writer.put(QStringLiteral("message"), message); !w)
        return w.error();
    qCInfo(lcTransfer).noquote() << "numbered" << table << id << next;
    return {};
}

}  // namespace sitesync
