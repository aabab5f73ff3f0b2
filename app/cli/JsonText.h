#pragma once
// JSON text for the commands' --json output: a string as a quoted JSON string literal.
#include <string>

namespace fgg::cli {

/// `text` as a JSON string literal: quotes, backslashes and control characters escaped.
std::string jsonString(const std::string& text);

} // namespace fgg::cli
