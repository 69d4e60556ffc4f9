#pragma once

#include "credentials/credentialstore.h"
#include "testsupport.h"

#include <QChar>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QListWidget;
class QTableWidget;
class QTimer;
class QWidget;

namespace sitesync::test {

// What the window tests share: the demo network served, reading the file beside the window, and
// reading the window.

// The demo network (DemoNetwork) in a folder of its own, its central served by a real `sitesyncctl
// serve` on 127.0.0.1 and remote site 1 initialised from it, with its password in `credentials`:
// made once for a test class (initTestCase), stopped when it ends.
class ServedDemoNetwork {
public:
    // Builds the network, starts serving the central and initialises remote site 1; "" or why not.
    QString start();
    void stop() { m_server.stop(); }

    const QString& centralPath() const { return m_centralPath; }
    const QString& remotePath() const { return m_remotePath; }
    QString url() const { return m_server.url(); }
    int port() const { return m_server.port(); }
    const std::shared_ptr<MemoryCredentialStore>& credentials() const { return m_credentials; }
    // A file in the folder that holds the network (in its "network" subfolder).
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::shared_ptr<MemoryCredentialStore> m_credentials = std::make_shared<MemoryCredentialStore>();
    QString m_centralPath;
    QString m_remotePath;
};

// The demo network built in `dir` and not served, for the window tests of its central: the central
// opened, with `unlockPassword` as the password that unlocks its settings.
Result<std::unique_ptr<SiteSession>> openUnlockedDemoCentral(const QString& dir, const QString& unlockPassword);

// Joins the cells of a row, in the table and in the SQL that computes the expected rows.
inline const QChar kSep(0x1f);
inline const QString kSqlSep = QStringLiteral(" || char(31) || ");

// The first column of a query run on the file by a plain SQLite connection, bypassing SiteSync.
// A failure comes back as a single row that no table shows, so that comparisons fail.
QStringList rawRows(const QString& path, const QString& sql);
// A count read the same way; -1 when the query failed.
qint64 rawCount(const QString& path, const QString& sql);
// Every row of a table as its cells joined with `separator`.
QStringList tableRows(const QTableWidget* table, QChar separator = kSep);
QStringList sorted(QStringList list);
void clickRow(QListWidget* list, int row);
// Selects the row of the site in a table of sites (its id in the first column).
void selectSite(QTableWidget* table, int siteId);
// Acts on the next modal window once it is up, while the timer returned lives.
std::unique_ptr<QTimer> whenModal(std::function<void(QWidget*)> act);
// An ISO 8601 time as the window shows it, computed here on its own.
QString shownTime(const QString& iso);

}  // namespace sitesync::test
