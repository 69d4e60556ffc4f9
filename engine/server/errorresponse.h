#pragma once

#include "protocol/protocol.h"
#include "server/httpmessage.h"

#include <QString>

namespace sitesync {

// A refusal as every endpoint writes it: {"error": {"code", "message"}} with the code's HTTP status
// (docs/protocol.md); `retryAfterSeconds` > 0 adds Retry-After.
HttpResponse errorResponse(protocol::ErrorCode code, const QString& message, int retryAfterSeconds = 0);

}  // namespace sitesync
