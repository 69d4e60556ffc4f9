#include "server/siteinitialisation.h"

#include "server/sitebinding.h"
#include "site/sitesession.h"

namespace sitesync {

Result<QJsonObject> SiteInitialisation::initialise(int siteId, const QString& hardwareId, int protocolVersion)
{
    RecordWriter& writer = m_session.writer();
    SiteBinding binding(m_session);
    const Result<QJsonObject> stored = writer.fetch(QStringLiteral("site"), QString::number(siteId));
    if (!stored)
        return stored.error();
    const QJsonObject& before = *stored;
    Status s = writer.inOneTransaction([&]() -> Status {
        if (Status bound = binding.bind(siteId, hardwareId); !bound)
            return bound;
        return binding.restartPull(siteId);
    });
    if (!s)
        return s.error();
    Result<QJsonObject> answer = binding.describe(siteId, protocolVersion);
    if (answer)
        answer.value().insert(QStringLiteral("reinitialised"), !before.value(QLatin1String("initialised_at")).isNull());
    return answer;
}

}  // namespace sitesync
