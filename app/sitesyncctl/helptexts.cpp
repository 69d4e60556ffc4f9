#include "helptexts.h"

#include <QCoreApplication>

namespace sitesync::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesyncctl)
};

struct OptionText {
    const char* name;
    const char* description;
};

// What each option does, by its name, for every command that takes it. An option that a command
// takes must be described here (tst_cli_help checks it).
constexpr OptionText kOptionTexts[] = {
    {"db", QT_TRANSLATE_NOOP("sitesyncctl",
                             "The site's database file; without it, the file the environment variable SITESYNC_DB "
                             "names.")},
    {"json", QT_TRANSLATE_NOOP("sitesyncctl", "Print machine-readable JSON instead of text.")},
    {"help", QT_TRANSLATE_NOOP("sitesyncctl", "Show the commands or, after a command, its usage, options and an "
                                              "example; nothing is done.")},
    {"version", QT_TRANSLATE_NOOP("sitesyncctl", "Show the version of sitesyncctl.")},
    {"site-id",
     QT_TRANSLATE_NOOP("sitesyncctl", "This site's ID (its Sync ID): a new one for the central server, or the one the "
                                      "central gave the remote site.")},
    {"name", QT_TRANSLATE_NOOP("sitesyncctl", "The name of the site or store being created.")},
    {"id", QT_TRANSLATE_NOOP("sitesyncctl", "The ID of the site or store the command is about (a new one to add).")},
    {"type", QT_TRANSLATE_NOOP("sitesyncctl",
                               "The kind of the new site: desktop, or mobile (a mobile site has one active store at "
                               "most).")},
    {"primary",
     QT_TRANSLATE_NOOP("sitesyncctl", "The new site becomes the primary server of a mirrored setup, instead of the "
                                      "central.")},
    {"password-stdin",
     QT_TRANSLATE_NOOP("sitesyncctl",
                       "Read the password from standard input, one line, after the unlock password when one is read "
                       "there too: the site's password, or for unlock-password, the unlock password itself.")},
    {"unlock-password-stdin",
     QT_TRANSLATE_NOOP("sitesyncctl",
                       "Read the unlock password from the first line of standard input (for init central: the one to "
                       "set). Without it, a change that needs the password asks for it on the terminal.")},
    {"technician",
     QT_TRANSLATE_NOOP("sitesyncctl",
                       "Who is acting, for the audit log. Without it, the name is asked on a terminal; with no "
                       "terminal, the operating-system account is recorded.")},
    {"code", QT_TRANSLATE_NOOP("sitesyncctl", "The new store's code.")},
    {"dispensary", QT_TRANSLATE_NOOP("sitesyncctl", "The new store is a dispensary.")},
    {"store", QT_TRANSLATE_NOOP("sitesyncctl", "The store the command is about, by its ID.")},
    {"active-site", QT_TRANSLATE_NOOP("sitesyncctl", "The site the store becomes active on (its Sync ID).")},
    {"with",
     QT_TRANSLATE_NOOP("sitesyncctl", "What a site keeps of the store: none, collector (the Active/collector copy) or "
                                      "transfer, as SITE=VALUE. Repeat it for several sites.")},
    {"include-transactions",
     QT_TRANSLATE_NOOP("sitesyncctl", "on or off: whether a dispensary store's transactions are synchronised.")},
    {"resync-patients", QT_TRANSLATE_NOOP("sitesyncctl", "Resend the store's patient records to its active copy.")},
    {"preview", QT_TRANSLATE_NOOP("sitesyncctl",
                                  "Show what the change would cause (records queued per site, copies removed or cut "
                                  "down, warnings) and change nothing.")},
    {"visible-in",
     QT_TRANSLATE_NOOP("sitesyncctl", "The store to make the store visible in (followed by on) or hide it from "
                                      "(followed by off).")},
    {"to", QT_TRANSLATE_NOOP("sitesyncctl", "The site the store moves to, by its ID.")},
    {"from-keeps",
     QT_TRANSLATE_NOOP("sitesyncctl", "What the site the store moves from keeps of it: none, a transfer copy or a "
                                      "collector copy.")},
    {"new-site-name",
     QT_TRANSLATE_NOOP("sitesyncctl", "Create the site the store moves to, with this name and the ID of --to; "
                                      "give --type and --password-stdin with it.")},
    {"delete-empty-from",
     QT_TRANSLATE_NOOP("sitesyncctl", "Delete the site the store moves from if the move leaves it without an "
                                      "active store.")},
    {"check",
     QT_TRANSLATE_NOOP("sitesyncctl", "Only say whether the move can go ahead and whether both sites are synchronised; "
                                      "change nothing.")},
    {"limit", QT_TRANSLATE_NOOP("sitesyncctl", "Print at most N records or audit entries.")},
    {"dir", QT_TRANSLATE_NOOP("sitesyncctl", "The directory the demonstration network is built in.")},
    {"central-db",
     QT_TRANSLATE_NOOP("sitesyncctl", "An empty PostgreSQL database (postgresql://user@host/database) for the "
                                      "demonstration's central server, instead of DIR/central.db.")},
    {"from-db",
     QT_TRANSLATE_NOOP("sitesyncctl",
                       "The central server's database now: its SQLite file, or its postgresql:// address. Opening it "
                       "migrates an older schema to this version's, as every command does; nothing else in it "
                       "changes.")},
    {"to-db",
     QT_TRANSLATE_NOOP("sitesyncctl",
                       "The database the central server moves to: a new SQLite file, or the postgresql:// address of "
                       "an empty database (made with createdb). If the move fails it is left without a row, and a new "
                       "file is removed.")},
    {"listen",
     QT_TRANSLATE_NOOP("sitesyncctl", "The address and port to serve on, for example 0.0.0.0:8443; port 0 picks a free "
                                      "one.")},
    {"tls-cert",
     QT_TRANSLATE_NOOP("sitesyncctl", "The server's TLS certificate (PEM); with --tls-key, the server serves HTTPS.")},
    {"tls-key", QT_TRANSLATE_NOOP("sitesyncctl", "The private key (PEM) of the certificate of --tls-cert.")},
    {"allow-plain-http",
     QT_TRANSLATE_NOOP("sitesyncctl", "Serve plain HTTP on an address other than this machine's own (127.0.0.1, ::1). "
                                      "Without it the server refuses to, because the site passwords would cross the "
                                      "network readable; give it only where the network itself is protected.")},
    {"workers", QT_TRANSLATE_NOOP("sitesyncctl", "How many requests are served at once (default 4).")},
    {"max-connections",
     QT_TRANSLATE_NOOP("sitesyncctl", "How many connections may be open at once (default 2000); more are "
                                      "answered that the server is busy.")},
    {"idle-timeout", QT_TRANSLATE_NOOP("sitesyncctl", "Close a connection idle this many seconds (default 60).")},
    {"request-timeout",
     QT_TRANSLATE_NOOP("sitesyncctl", "A request's headers must arrive within this many seconds (default 30).")},
    {"central",
     QT_TRANSLATE_NOOP("sitesyncctl", "The central server's address, for example https://central.example.org:8443.")},
    {"ca-cert",
     QT_TRANSLATE_NOOP("sitesyncctl", "A certificate (PEM) to trust for an HTTPS central server whose certificate the "
                                      "system does not already trust.")},
    {"site", QT_TRANSLATE_NOOP("sitesyncctl", "The site the command is about, by its ID.")},
    {"out", QT_TRANSLATE_NOOP("sitesyncctl", "The file to write; it must not exist yet.")},
    {"all", QT_TRANSLATE_NOOP("sitesyncctl", "List the closed sync problems too.")},
    {"reason", QT_TRANSLATE_NOOP("sitesyncctl", "Why the sync problem is dismissed; it is kept with the problem.")},
    {"days", QT_TRANSLATE_NOOP("sitesyncctl", "How many days closed sync problems are kept (1 to 36500).")},
    {"every", QT_TRANSLATE_NOOP("sitesyncctl", "Sync at once, then every MINUTES until stopped; 0 syncs once.")},
    {"metrics-token-file",
     QT_TRANSLATE_NOOP("sitesyncctl",
                       "A file holding the token every request for /metrics must bring, from this machine too; "
                       "without it, /metrics answers requests from this machine only.")},
};

struct ExampleText {
    const char* command;
    const char* what;
    const char* commandLine;
};

// At least one worked example per command; every option an example uses is one the command takes
// (tst_cli_help checks both). Passwords come from shell variables, never written into an example.
constexpr ExampleText kExamples[] = {
    {"init central",
     QT_TRANSLATE_NOOP("sitesyncctl", "Create the central server's database, site 1, with an unlock "
                                      "password"),
     R"(printf '%s\n' "$UNLOCK_PASSWORD" | sitesyncctl init central --site-id 1 --name Central)"
     R"( --unlock-password-stdin --db central.db)"},
    {"site add",
     QT_TRANSLATE_NOOP("sitesyncctl", "On the central: add desktop site 2; standard input holds the unlock password, "
                                      "then the new site's password"),
     R"(printf '%s\n%s\n' "$UNLOCK_PASSWORD" "$SITE_PASSWORD" | sitesyncctl site add --id 2)"
     R"( --name "Remote 1" --type desktop --password-stdin --unlock-password-stdin)"
     R"( --technician "Ana Silva" --db central.db)"},
    {"site list",
     QT_TRANSLATE_NOOP("sitesyncctl", "The sites, what each reported at its last contact, and which need "
                                      "attention"),
     "sitesyncctl site list --db central.db"},
    {"site delete", QT_TRANSLATE_NOOP("sitesyncctl", "Delete site 4, which no longer has an active store"),
     R"(printf '%s\n' "$UNLOCK_PASSWORD" | sitesyncctl site delete --id 4 --unlock-password-stdin)"
     R"( --technician "Ana Silva" --db central.db)"},
    {"site export",
     QT_TRANSLATE_NOOP("sitesyncctl", "On the central: write the data file of new desktop site 3, to take to its "
                                      "machine"),
     R"(printf '%s\n' "$UNLOCK_PASSWORD" | sitesyncctl site export --site 3 --out site-3.sitesync)"
     R"( --unlock-password-stdin --db central.db)"},
    {"site import",
     QT_TRANSLATE_NOOP("sitesyncctl", "On site 3's machine: make the data file its database, bind it and sync"),
     R"(printf '%s\n' "$SITE_PASSWORD" | sitesyncctl site import site-3.sitesync)"
     R"( --central https://central.example.org:8443 --password-stdin --db remote.db)"},
    {"site password",
     QT_TRANSLATE_NOOP("sitesyncctl", "On a remote site whose keychain lost its password: check it and keep it again"),
     R"(printf '%s\n' "$SITE_PASSWORD" | sitesyncctl site password --password-stdin --db remote.db)"},
    {"site reset-hardware",
     QT_TRANSLATE_NOOP("sitesyncctl", "Release site 2 from its broken machine, to initialise it on a new one"),
     R"(printf '%s\n' "$UNLOCK_PASSWORD" | sitesyncctl site reset-hardware --id 2)"
     R"( --unlock-password-stdin --db central.db)"},
    {"store add", QT_TRANSLATE_NOOP("sitesyncctl", "On the primary server: create dispensary store B"),
     R"(sitesyncctl store add --id B --code B --name "Store B" --dispensary --db central.db)"},
    {"store list", QT_TRANSLATE_NOOP("sitesyncctl", "The stores and the site each is active on"),
     "sitesyncctl store list --db central.db"},
    {"store sync-settings", QT_TRANSLATE_NOOP("sitesyncctl", "Show store B's sync settings"),
     "sitesyncctl store sync-settings --store B --db central.db"},
    {"store sync-settings",
     QT_TRANSLATE_NOOP("sitesyncctl", "See what making store B active on site 2, with a collector copy on site 1, "
                                      "would cause; run it again without --preview to do it"),
     "sitesyncctl store sync-settings --store B --active-site 2 --with 1=collector --preview --db central.db"},
    {"store visibility", QT_TRANSLATE_NOOP("sitesyncctl", "The stores store B is visible in"),
     "sitesyncctl store visibility --store B --db central.db"},
    {"store visibility",
     QT_TRANSLATE_NOOP("sitesyncctl", "See what making store B visible in store C would cause; run it again without "
                                      "--preview to do it"),
     "sitesyncctl store visibility --store B --visible-in C on --preview --db central.db"},
    {"store move",
     QT_TRANSLATE_NOOP("sitesyncctl", "Check whether store B can move to site 3 now, leaving a transfer copy behind"),
     "sitesyncctl store move --store B --to 3 --from-keeps transfer --check --db central.db"},
    {"store move",
     QT_TRANSLATE_NOOP("sitesyncctl", "Move store B to a new mobile site 5; standard input holds the unlock password, "
                                      "then the new site's password"),
     R"(printf '%s\n%s\n' "$UNLOCK_PASSWORD" "$SITE_PASSWORD" | sitesyncctl store move --store B --to 5)"
     R"( --from-keeps none --new-site-name "Clinic 5" --type mobile --password-stdin)"
     R"( --unlock-password-stdin --db central.db)"},
    {"record put", QT_TRANSLATE_NOOP("sitesyncctl", "Insert an item, or update the fields given"),
     R"(sitesyncctl record put item '{"id":"i1","code":"AMOX","name":"Amoxicillin 250mg"}' --db central.db)"},
    {"record put", QT_TRANSLATE_NOOP("sitesyncctl", "The same, with the record read from a file"),
     "sitesyncctl record put stock_line - --db remote.db < stock_line.json"},
    {"record get", QT_TRANSLATE_NOOP("sitesyncctl", "Print item i1"), "sitesyncctl record get item i1 --db central.db"},
    {"record list", QT_TRANSLATE_NOOP("sitesyncctl", "Print 20 stock lines"),
     "sitesyncctl record list stock_line --limit 20 --db remote.db"},
    {"record merge",
     QT_TRANSLATE_NOOP("sitesyncctl", "On the primary server: merge duplicate item i2 into item i1 on every site"),
     "sitesyncctl record merge item i1 i2 --db central.db"},
    {"record delete", QT_TRANSLATE_NOOP("sitesyncctl", "Delete stock line s1"),
     "sitesyncctl record delete stock_line s1 --db remote.db"},
    {"status", QT_TRANSLATE_NOOP("sitesyncctl", "Where this site stands, for a script"),
     "sitesyncctl status --json --db remote.db"},
    {"demo",
     QT_TRANSLATE_NOOP("sitesyncctl", "Build the demonstration network in demo-network, then open "
                                      "demo-network/central.db in the window"),
     "sitesyncctl demo --dir demo-network"},
    {"serve",
     QT_TRANSLATE_NOOP("sitesyncctl", "Serve HTTPS on port 8443 of every address of this machine, until stopped"),
     "sitesyncctl serve --listen 0.0.0.0:8443 --tls-cert /etc/sitesync/central.crt --tls-key "
     "/etc/sitesync/central.key --db central.db"},
    {"init remote",
     QT_TRANSLATE_NOOP("sitesyncctl", "Set up site 2 on its machine from the central, trusting the central's own "
                                      "certificate"),
     R"(printf '%s\n' "$SITE_PASSWORD" | sitesyncctl init remote)"
     R"( --central https://central.example.org:8443 --site-id 2 --password-stdin --ca-cert central.crt)"
     R"( --db remote.db)"},
    {"sync", QT_TRANSLATE_NOOP("sitesyncctl", "Synchronise this site with the central now"),
     "sitesyncctl sync --db remote.db"},
    {"problems list", QT_TRANSLATE_NOOP("sitesyncctl", "Every sync problem, the closed ones too"),
     "sitesyncctl problems list --all --db central.db"},
    {"problems show", QT_TRANSLATE_NOOP("sitesyncctl", "Sync problem 12 with its record's content"),
     "sitesyncctl problems show 12 --db central.db"},
    {"problems retry",
     QT_TRANSLATE_NOOP("sitesyncctl", "Apply the record of sync problem 12 again, once its cause is "
                                      "put right"),
     "sitesyncctl problems retry 12 --db central.db"},
    {"problems dismiss", QT_TRANSLATE_NOOP("sitesyncctl", "Close sync problem 12 without applying its record"),
     R"(sitesyncctl problems dismiss 12 --reason "Entered twice; the other one is right" --db central.db)"},
    {"problems prune", QT_TRANSLATE_NOOP("sitesyncctl", "Delete the sync problems closed longer than the retention"),
     "sitesyncctl problems prune --db central.db"},
    {"problems retention", QT_TRANSLATE_NOOP("sitesyncctl", "Keep closed sync problems for 180 days"),
     "sitesyncctl problems retention --days 180 --db central.db"},
    {"unlock-password set",
     QT_TRANSLATE_NOOP("sitesyncctl", "Set the central's unlock password, typed twice on the terminal"),
     R"(sitesyncctl unlock-password set --technician "Ana Silva" --db central.db)"},
    {"unlock-password change",
     QT_TRANSLATE_NOOP("sitesyncctl", "Change the unlock password; standard input holds the current one, then the new "
                                      "one"),
     R"(printf '%s\n%s\n' "$UNLOCK_PASSWORD" "$NEW_UNLOCK_PASSWORD" | sitesyncctl unlock-password change)"
     R"( --password-stdin --db central.db)"},
    {"central migrate",
     QT_TRANSLATE_NOOP("sitesyncctl", "With the central's service stopped, move its SQLite database into the empty "
                                      "PostgreSQL database sitesync on this machine's socket"),
     R"(sitesyncctl central migrate --from-db /var/lib/sitesync/central.db)"
     R"( --to-db "postgresql://sitesync@/sitesync?host=/run/postgresql" --technician "Ana Silva")"},
    {"central migrate", QT_TRANSLATE_NOOP("sitesyncctl", "Move it back from PostgreSQL into a new SQLite file"),
     R"(sitesyncctl central migrate --from-db "postgresql://sitesync@/sitesync?host=/run/postgresql")"
     R"( --to-db /var/lib/sitesync/central-back.db)"},
    {"audit", QT_TRANSLATE_NOOP("sitesyncctl", "The last 20 entries of the audit log"),
     "sitesyncctl audit --limit 20 --db central.db"},
};

}  // namespace

QString optionDescription(const QString& option)
{
    for (const OptionText& text : kOptionTexts) {
        if (option == QLatin1String(text.name))
            return Text::tr(text.description);
    }
    return QString();
}

QList<Example> commandExamples(const QString& command)
{
    QList<Example> examples;
    for (const ExampleText& text : kExamples) {
        if (command == QLatin1String(text.command))
            examples.append({Text::tr(text.what), QString::fromUtf8(text.commandLine)});
    }
    return examples;
}

}  // namespace sitesync::cli
