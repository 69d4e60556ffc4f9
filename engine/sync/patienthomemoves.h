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
// - that store is active on the pushing site (it was the patient's home site);
// - the pushing site had not stored the move yet (its pull cursor is before the move's entry);
// - the record is new, or already a record of the same patient.
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
