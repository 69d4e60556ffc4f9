#include "server/errorresponse.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sitesync {

HttpResponse errorResponse(protocol::ErrorCode code, const QString& message, int retryAfterSeconds)
{
    const QJsonObject body{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), protocol::errorCodeId(code)},
                                                                 {QStringLiteral("message"), message}}}};
    HttpResponse response;
    response.status = protocol::httpStatus(code);
    response.errorCode = protocol::errorCodeId(code).toLatin1();
    response.errorMessage = message;
    response.setHeader("Content-Type", protocol::kJsonType);
    if (retryAfterSeconds > 0)
        response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

}  // namespace sitesync
