#pragma once

#include "client/transport.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>

namespace sitesync::test {

// What befalls one request on its way to the central: the answers are made to look as Qt's network
// layer reports the real thing.
struct Fault {
    enum class Kind {
        Status,     // an answer with this HTTP status and body instead of the central's
        Delay,      // the request held back before it goes on to the central: nothing moves meanwhile
        Hang,       // no answer, ever: only the site's stall limit (or a cancel) ends it
        Truncated,  // the central's answer, its body cut half way as the connection closes
        Dropped,    // the connection closes with no answer
    };
    // Whether the central receives the request and handles it before the fault strikes (always for
    // a delay, which it receives late, and for a cut body, which is its answer's).
    enum class Stage { BeforeCentral, AfterCentral };

    Kind kind = Kind::Status;
    Stage stage = Stage::BeforeCentral;
    int status = 0;
    QByteArray body;
    std::chrono::milliseconds delay{0};

    static Fault answer(int status, QByteArray body = {}, Stage stage = Stage::BeforeCentral);
    // The central's own answer for a failure of its own (protocol ErrorCode::ServerError), as it
    // sends it: a 500 with its error object.
    static Fault serverError(Stage stage = Stage::BeforeCentral);
    static Fault delayed(std::chrono::milliseconds by);
    static Fault hang(Stage stage = Stage::BeforeCentral);
    static Fault truncated();
    static Fault dropped(Stage stage = Stage::BeforeCentral);

    bool reachesCentral() const
    {
        return stage == Stage::AfterCentral || kind == Kind::Delay || kind == Kind::Truncated;
    }
};

// Which requests meet which fault, keyed on the endpoint ("contact", "push", "pull") and the
// request's number there. Shared by every connection a sync opens (the pull's runs in a thread of
// its own), so it counts them all; safe to use from any thread.
class FaultPlan {
public:
    // The `occurrence`th request to `endpoint` from now (1: the next one) meets `fault`, and so do
    // the `times` - 1 after it.
    void inject(const QString& endpoint, int occurrence, const Fault& fault, int times = 1);
    // Requests to `endpoint` so far.
    int requests(const QString& endpoint) const;
    // Counts a request to `endpoint` and tells the fault it meets, if any.
    std::optional<Fault> next(const QString& endpoint);

private:
    struct Rule {
        QString endpoint;
        int from = 0;  // by the endpoint's count of requests
        int upto = 0;
        Fault fault;
    };
    mutable std::mutex m_mutex;
    QHash<QString, int> m_requests;
    QList<Rule> m_rules;
};

// A transport that sends every request on to the real network (a real central on 127.0.0.1) and
// lets its plan's faults befall the requests they are for:
//
//     auto plan = std::make_shared<test::FaultPlan>();
//     plan->inject(QStringLiteral("push"), 3, test::Fault::serverError());
//     RemoteSync sync(session, credentials);
//     sync.setTransport(test::FakeTransport::following(plan));
//
// The site's own rules (its stall limit, its retries) meet the faults as they would the real ones.
class FakeTransport : public Transport {
public:
    explicit FakeTransport(std::shared_ptr<FaultPlan> plan);
    ~FakeTransport() override;

    std::unique_ptr<TransportReply> post(const TransportRequest& request) override;

    // For RemoteSync::setTransport: each connection gets a FakeTransport following `plan`.
    static TransportFactory following(std::shared_ptr<FaultPlan> plan);

private:
    std::shared_ptr<FaultPlan> m_plan;
    std::unique_ptr<Transport> m_network;
};

}  // namespace sitesync::test
