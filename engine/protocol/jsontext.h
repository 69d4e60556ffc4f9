#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace sitesync::jsontext {

// Appends JSON values to a text being written by hand, for answers assembled straight from the
// database without building JSON objects first. The output parses to what QJsonDocument would
// have written for the same values.
void appendString(QByteArray& out, QByteArrayView utf8);
void appendInteger(QByteArray& out, qint64 value);
// The shortest text that reads back as the same double; null for values JSON cannot hold.
void appendReal(QByteArray& out, double value);

}  // namespace sitesync::jsontext
