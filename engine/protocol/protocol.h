#pragma once

#include <QByteArray>
#include <QString>

namespace sitesync::protocol {

// The sync protocol of docs/protocol.md: HTTP + JSON under /sync/v1/ (the path stays for every
// version). Every request names the version it speaks; a central serves the versions from
// kOldestServed to kVersion, so that sites are upgraded after their central, not with it (OPS-3,
// docs/adr/0008-protocol-versions.md).
constexpr int kVersion = 2;
constexpr int kOldestServed = 1;
// From this version on a receiver stores a record without the columns it does not know; a receiver
// of an older version refuses such a record, so it is never sent one.
constexpr int kToleratesUnknownColumns = 2;
inline const QByteArray kVersionHeader = QByteArrayLiteral("X-SiteSync-Protocol");
// On every answer of the central: the versions it serves, "oldest-current" ("1-2").
inline const QByteArray kRangeHeader = QByteArrayLiteral("X-SiteSync-Protocol-Range");
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

// The versions a central serves, as its answers announce them.
struct VersionRange {
    int oldest = 1;
    int current = 1;

    bool serves(int version) const { return version >= oldest && version <= current; }
    QByteArray toHeader() const;  // "1-2"
    // A central's header; a central that sends none (SiteSync 0.1.0) speaks protocol 1 only.
    static VersionRange fromHeader(const QByteArray& header);
};
// The versions this program serves when it is a central.
VersionRange servedVersions();
// The first SiteSync release that speaks a protocol version ("0.2.0"), or "" for one it does not
// know (a later one).
QString firstReleaseSpeaking(int version);

}  // namespace sitesync::protocol
