#pragma once

#include <QStringList>
#include <QTextStream>

namespace sitesync::cli {

// `sitesyncctl --help`, `sitesyncctl COMMAND --help` and `sitesyncctl help COMMAND`: with no words,
// the commands; with a command's words, its usage, what each of its options does and worked
// examples; with the first words of several commands ("site"), those commands. On stdout, exit 0;
// words that name nothing are a usage error.
int printHelp(const QStringList& words, bool json, QTextStream& out, QTextStream& err);

// The commands with their one-line descriptions, for `sitesyncctl` run without any.
void printCommandList(QTextStream& out);

// The usage error for words that name no command, pointing to the help that lists the commands.
int unknownCommand(const QStringList& words, QTextStream& err);

}  // namespace sitesync::cli
