#pragma once

#include <QList>
#include <QString>

namespace sitesync::cli {

// What an option does, the same for every command that takes it; empty when nobody described it
// (a test fails then).
QString optionDescription(const QString& option);

// A worked example of a command: what it does, and the line that does it.
struct Example {
    QString what;
    QString commandLine;
};

// The worked examples of a command, named by its words ("store move").
QList<Example> commandExamples(const QString& command);

}  // namespace sitesync::cli
