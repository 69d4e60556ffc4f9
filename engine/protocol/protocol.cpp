#include "protocol/protocol.h"

#include <QList>

namespace sitesync::protocol {

QString errorCodeId(ErrorCode code)
{
    switch (code) {
    case ErrorCode::UnknownSite:
        return QStringLiteral("unknown_site");
    case ErrorCode::WrongPassword:
        return QStringLiteral("wrong_password");
    case ErrorCode::WrongHardware:
        return QStringLiteral("wrong_hardware");
    case ErrorCode::IncompatibleVersion:
        return QStringLiteral("incompatible_version");
    case ErrorCode::BodyTooLarge:
        return QStringLiteral("body_too_large");
    case ErrorCode::MalformedBody:
        return QStringLiteral("malformed_body");
    case ErrorCode::Throttled:
        return QStringLiteral("throttled");
    case ErrorCode::NotInitialised:
        return QStringLiteral("not_initialised");
    case ErrorCode::NotAllowed:
        return QStringLiteral("not_allowed");
    case ErrorCode::OutOfSequence:
        return QStringLiteral("out_of_sequence");
    case ErrorCode::ServerError:
        return QStringLiteral("server_error");
    case ErrorCode::ServerBusy:
        return QStringLiteral("server_busy");
    case ErrorCode::RequestTimeout:
        return QStringLiteral("request_timeout");
    case ErrorCode::UnknownEndpoint:
        return QStringLiteral("unknown_endpoint");
    }
    return {};
}

int httpStatus(ErrorCode code)
{
    switch (code) {
    case ErrorCode::UnknownSite:
    case ErrorCode::WrongPassword:
        return 401;
    case ErrorCode::WrongHardware:
    case ErrorCode::NotInitialised:
    case ErrorCode::NotAllowed:
        return 403;
    case ErrorCode::IncompatibleVersion:
        return 426;
    case ErrorCode::BodyTooLarge:
        return 413;
    case ErrorCode::MalformedBody:
        return 400;
    case ErrorCode::Throttled:
        return 429;
    case ErrorCode::OutOfSequence:
        return 409;
    case ErrorCode::ServerError:
        return 500;
    case ErrorCode::ServerBusy:
        return 503;
    case ErrorCode::RequestTimeout:
        return 408;
    case ErrorCode::UnknownEndpoint:
        return 404;
    }
    return 500;
}

QByteArray VersionRange::toHeader() const
{
    return QByteArray::number(oldest) + '-' + QByteArray::number(current);
}

VersionRange VersionRange::fromHeader(const QByteArray& header)
{
    const QList<QByteArray> parts = header.trimmed().split('-');
    bool oldestOk = false;
    bool currentOk = false;
    const int oldest = parts.value(0).toInt(&oldestOk);
    const int current = parts.value(1).toInt(&currentOk);
    if (parts.size() != 2 || !oldestOk || !currentOk || oldest < 1 || current < oldest)
        return {1, 1};
    return {oldest, current};
}

VersionRange servedVersions()
{
    return {kOldestServed, kVersion};
}

QString firstReleaseSpeaking(int version)
{
    // One row per protocol version, added with the release that introduces it.
    switch (version) {
    case 1:
        return QStringLiteral("0.1.0");
    case 2:
        return QStringLiteral("0.2.0");
    default:
        return {};
    }
}

}  // namespace sitesync::protocol
