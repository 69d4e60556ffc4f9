#pragma once

#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sitesync {

// One record on the wire (docs/protocol.md): {"seq", "t", "id", "op", "d"}.
struct WireRecord {
    qint64 seq = 0;  // the sender's change-log sequence (push) or the central's (pull); 0 for resends
    QString table;
    QString id;
    bool remove = false;
    QJsonObject data;  // the whole record for an upsert; empty for a delete
    // Push only: when the sending site made the change, by its clock (UTC, milliseconds), and
    // whether the site sends it again after its database was restored from an older copy.
    QString at;
    bool restored = false;

    QJsonObject toJson() const;
    // Checks the shape only; tables and columns are checked when the record is integrated.
    static Result<WireRecord> fromJson(const QJsonValue& value);
    static Result<QList<WireRecord>> listFromJson(const QJsonValue& value);
};

}  // namespace sitesync
