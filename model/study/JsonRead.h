#pragma once
// Reading JSON with errors a person can act on: every failure names the file and the JSON path of the value
// (`study.json: $.conditions[1].cfg: expected a number, found a string`). Internal to model/study.
#include "model/music/Error.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace fgg::study::json {

using Json = nlohmann::json;

/// A JSON value and where it sits: the source (file name) and the path from the root.
class Node {
public:
    Node(const Json& value, std::string source, std::string path = "$")
        : value_(value), source_(std::move(source)), path_(std::move(path)) {}

    const Json& value() const { return value_; }
    const std::string& path() const { return path_; }

    [[noreturn]] void fail(const std::string& what) const {
        throw FileFormatError(source_ + ": " + path_ + ": " + what);
    }

    Node member(const std::string& key) const; ///< required member of an object
    bool has(const std::string& key) const { return value_.is_object() && value_.contains(key); }
    Node at(std::size_t index) const;
    std::size_t size() const; ///< of an array (fails for anything else)

    std::string string() const;
    double number() const;
    std::int64_t integer() const;
    std::uint64_t unsignedInteger() const;
    bool boolean() const;

    std::string stringOr(const std::string& key, const std::string& fallback) const;
    double numberOr(const std::string& key, double fallback) const;
    std::int64_t integerOr(const std::string& key, std::int64_t fallback) const;
    bool booleanOr(const std::string& key, bool fallback) const;

private:
    [[noreturn]] void expected(const char* what) const;

    const Json& value_;
    std::string source_;
    std::string path_;
};

/// Parses text; a syntax error becomes FileFormatError naming the source and the byte offset.
Json parse(const std::string& text, const std::string& source);
/// JSON's name for the type of a value ("a string", "an object", ...).
const char* typeName(const Json& value);

} // namespace fgg::study::json
