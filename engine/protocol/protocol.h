#pragma once

#include <QByteArray>
#include <QString>

namespace sitesync::protocol {

// Protocol v1 of docs/protocol.md: HTTP + JSON under /sync/v1/.
constexpr int kVersion = 1;
inline const QByteArray kVersionHeader = QByteArrayLiteral("X-SiteSync-Protocol");
inline const QByteArray kHardwareHeader = QByteArrayLiteral("X-SiteSync-Hardware");
// The session token the central gives a site that logged in with its password; the site sends it
// back with every request, so that the central need not derive the password's hash again.
inline const QByteArray kSessionHeader = QByteArrayLiteral("X-SiteSync-Session");
// The SiteSync version of the program that sends a request ("0.1.0"), so that the central shows
// which version each site runs (ACC-4).
inline const QByteArray kAppVersionHeader = QByteArrayLiteral("X-SiteSync-Version");
inline const QByteArray kJsonType = QByteArrayLiteral("application/json");

constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;       // as received, compressed or not
constexpr qsizetype kMaxInflatedBytes = 128 * 1024 * 1024;  // an answer, after decompression
// A request after decompression: the central parses a request whole, so this bounds the memory one
// request costs it (OPS-6). A site's push stays under kPushBytes of JSON, well within it.
constexpr qsizetype kMaxRequestInflatedBytes = 24 * 1024 * 1024;
constexpr qsizetype kPushBytes = 8 * 1024 * 1024;
constexpr int kPushBatch = 2000;                          // records per push request
constexpr int kPullBatch = 10000;                         // records per pull answer at most
constexpr qsizetype kPullAnswerBytes = 32 * 1024 * 1024;  // a pull answer stops growing past this size
// A push covers the sender's sequence numbers (from_seq, upto_seq]; a range wider than this is
// refused as a forgery or a damaged database (no site makes a billion changes between two pushes).
constexpr qint64 kMaxPushAdvance = 1'000'000'000;

// One clear code per failure (SEC-2, SEC-4); each has its HTTP status.
enum class ErrorCode {
    UnknownSite,
    WrongPassword,
    WrongHardware,
    IncompatibleVersion,
    BodyTooLarge,
    MalformedBody,
    Throttled,
    NotInitialised,
    NotAllowed,
    OutOfSequence,
    ServerError,
    ServerBusy,      // at its connection cap: try again after Retry-After
    RequestTimeout,  // the request did not arrive in time
    UnknownEndpoint,
};

QString errorCodeId(ErrorCode code);  // "unknown_site", ...
int httpStatus(ErrorCode code);

}  // namespace sitesync::protocol
