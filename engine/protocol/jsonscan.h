#pragma once

#include <QByteArrayView>

#include <optional>

namespace sitesync::jsonscan {

// How many elements the array under `key` of a JSON object text holds, read without building the
// document: a request whose record count is over the limit is refused in milliseconds and without
// the memory a parsed document of it would take. Counting stops past `stopAfter` (the answer is
// then stopAfter + 1). Nothing when the text is not an object with such an array, or is malformed
// before it: the full parser then says what is wrong.
std::optional<qsizetype> arrayLength(QByteArrayView json, QByteArrayView key, qsizetype stopAfter);

}  // namespace sitesync::jsonscan
