#pragma once
// Errors the user can act on: every message says what went wrong, where, and (where it can) what to do.
#include <cstdint>
#include <stdexcept>
#include <string>

namespace fgg {

/// Base of every error the engine reports to the user.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Bad text: an unknown chord symbol, a malformed lead sheet. `position` is a 0-based character offset.
class ParseError : public Error {
public:
    ParseError(const std::string& message, std::size_t position) : Error(message), position_(position) {}
    std::size_t position() const { return position_; }

private:
    std::size_t position_;
};

/// A file that cannot be read: `offset` is the byte offset where reading failed (or -1 when unknown).
class FileFormatError : public Error {
public:
    FileFormatError(const std::string& message, std::int64_t offset = -1) : Error(message), offset_(offset) {}
    std::int64_t offset() const { return offset_; }

private:
    std::int64_t offset_;
};

} // namespace fgg
