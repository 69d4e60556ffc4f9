#include "guitestsupport.h"

#include "client/remotesync.h"
#include "demo/demonetwork.h"
#include "settings/unlockgate.h"

#include <QApplication>
#include <QDateTime>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

namespace sitesync::test {

QString ServedDemoNetwork::start()
{
    if (!m_dir.isValid())
        return QStringLiteral("No temporary folder: %1").arg(m_dir.errorString());
    const Result<DemoNetwork::Summary> demo =
        DemoNetwork::build(m_dir.filePath(QStringLiteral("network")), [](const QString&) {});
    if (!demo)
        return demo.error().message;
    m_centralPath = demo->centralPath;
    if (const QString started = m_server.start(m_centralPath); !started.isEmpty())
        return started;
    m_remotePath = m_dir.filePath(QStringLiteral("network/remote1.db"));
    const Result<std::unique_ptr<SiteSession>> remote =
        RemoteSync::initialise(m_remotePath, QUrl(m_server.url()), DemoNetwork::kRemote1,
                               DemoNetwork::sitePassword(DemoNetwork::kRemote1), *m_credentials);
    return remote ? QString() : remote.error().message;
}

Result<std::unique_ptr<SiteSession>> openUnlockedDemoCentral(const QString& dir, const QString& unlockPassword)
{
    const Result<DemoNetwork::Summary> demo = DemoNetwork::build(dir, [](const QString&) {});
    if (!demo)
        return demo.error();
    Result<std::unique_ptr<SiteSession>> session = SiteSession::open(demo->centralPath);
    if (!session)
        return session.error();
    if (Status s = UnlockGate((*session)->database()).setPassword(unlockPassword); !s)
        return s.error();
    return session;
}

QStringList rawRows(const QString& path, const QString& sql)
{
    QStringList rows;
    const QString problem = rawSql(path, {sql}, &rows);
    if (!problem.isEmpty())
        return {QStringLiteral("<SQL failed: %1>").arg(problem)};
    return rows;
}

qint64 rawCount(const QString& path, const QString& sql)
{
    const QStringList rows = rawRows(path, sql);
    bool ok = false;
    const qint64 count = rows.size() == 1 ? rows.first().toLongLong(&ok) : -1;
    return ok ? count : -1;
}

QStringList tableRows(const QTableWidget* table, QChar separator)
{
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells << (table->item(row, column) ? table->item(row, column)->text() : QStringLiteral("<no item>"));
        rows << cells.join(separator);
    }
    return rows;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

void clickRow(QListWidget* list, int row)
{
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
}

void selectSite(QTableWidget* table, int siteId)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == QString::number(siteId))
            table->selectRow(row);
    }
}

std::unique_ptr<QTimer> whenModal(std::function<void(QWidget*)> act)
{
    auto timer = std::make_unique<QTimer>();
    timer->setInterval(10);
    QTimer* raw = timer.get();
    QObject::connect(raw, &QTimer::timeout, [raw, act = std::move(act)] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        raw->stop();
        act(modal);
    });
    timer->start();
    return timer;
}

QString shownTime(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC") : iso;
}

}  // namespace sitesync::test
