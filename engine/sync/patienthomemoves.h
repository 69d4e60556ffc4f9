#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace sitesync {

class RecordWriter;
struct TableInfo;

// On the central: where each patient's home store moved from (PT-1), kept so that a record that
// follows its patient (an insurance policy, a repeat) made on the former home site before that
// site learnt of the move follows the patient to the new home, as the move itself takes every
// record that follows the patient there (ACC-2: it would otherwise wait for ever).
//
// The central re-homes a pushed record only when all of these hold, so that no site can write
// another site's patient data with it (DT-8):
// - the record names as its home store a store the patient's home moved away from;
// - the pushing site is the one that store was active on at the move (the former home site);
// - the central never served that site the move (`site_cursor.served_ever`, which the site cannot
//   lower: not by the cursors it sends, nor by a restarted pull);
// - the record is new. A change of a record the move took to the new home site is refused, with
//   its reason: the new home owns it now, and may have changed it since.
// The re-homed record is the central's own change, as the move is, and the audit log names the site
// it came from.
class PatientHomeMoves {
public:
    explicit PatientHomeMoves(RecordWriter& writer)
        : m_writer(writer)
    {
    }

    // After a write on the central: a patient whose home store changed is noted with the
    // change-log entry of that change.
    Status afterWrite(const TableInfo& table, const QJsonObject& before, const QJsonObject& after);
    // The patient's home store now, when `record` of `table`, pushed by `sourceSite`, follows its
    // patient from a former home as above; "" when it is judged by the ordinary rules.
    Result<QString> followedHome(int sourceSite, const QString& table, const QJsonObject& record);

private:
    RecordWriter& m_writer;
};

}  // namespace sitesync
