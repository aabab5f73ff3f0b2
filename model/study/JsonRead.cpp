#include "model/study/JsonRead.h"

#include <cmath>

namespace fgg::study::json {

const char* typeName(const Json& value) {
    switch (value.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::object:
        return "an object";
    case Json::value_t::array:
        return "an array";
    case Json::value_t::string:
        return "a string";
    case Json::value_t::boolean:
        return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return "a number";
    default:
        return "an unexpected value";
    }
}

void Node::expected(const char* what) const {
    fail(std::string("expected ") + what + ", found " + typeName(value_));
}

Node Node::member(const std::string& key) const {
    if (!value_.is_object()) expected("an object");
    const auto it = value_.find(key);
    if (it == value_.end()) fail("missing \"" + key + "\"");
    return Node(*it, source_, path_ + "." + key);
}

Node Node::at(std::size_t index) const {
    if (!value_.is_array()) expected("an array");
    return Node(value_.at(index), source_, path_ + "[" + std::to_string(index) + "]");
}

std::size_t Node::size() const {
    if (!value_.is_array()) expected("an array");
    return value_.size();
}

std::string Node::string() const {
    if (!value_.is_string()) expected("a string");
    return value_.get<std::string>();
}

double Node::number() const {
    if (!value_.is_number()) expected("a number");
    return value_.get<double>();
}

std::int64_t Node::integer() const {
    if (value_.is_number_integer()) return value_.get<std::int64_t>();
    if (value_.is_number_float()) {
        const double v = value_.get<double>();
        if (std::floor(v) == v && std::fabs(v) < 9.0e15) return static_cast<std::int64_t>(v);
        fail("expected a whole number, found " + value_.dump());
    }
    expected("a whole number");
}

std::uint64_t Node::unsignedInteger() const {
    if (value_.is_number_unsigned()) return value_.get<std::uint64_t>();
    const std::int64_t v = integer();
    if (v < 0) fail("expected a number >= 0, found " + std::to_string(v));
    return static_cast<std::uint64_t>(v);
}

bool Node::boolean() const {
    if (!value_.is_boolean()) expected("true or false");
    return value_.get<bool>();
}

std::string Node::stringOr(const std::string& key, const std::string& fallback) const {
    return has(key) ? member(key).string() : fallback;
}

double Node::numberOr(const std::string& key, double fallback) const {
    return has(key) ? member(key).number() : fallback;
}

std::int64_t Node::integerOr(const std::string& key, std::int64_t fallback) const {
    return has(key) ? member(key).integer() : fallback;
}

bool Node::booleanOr(const std::string& key, bool fallback) const {
    return has(key) ? member(key).boolean() : fallback;
}

Json parse(const std::string& text, const std::string& source) {
    try {
        return Json::parse(text);
    } catch (const Json::parse_error& e) {
        // nlohmann's message starts with "[json.exception.parse_error.101] parse error at line 3, column 5:
        // ...".
        std::string what = e.what();
        if (const auto cut = what.find("] "); cut != std::string::npos) what = what.substr(cut + 2);
        throw FileFormatError(source + ": not valid JSON (byte " + std::to_string(e.byte) + "): " + what,
                              static_cast<std::int64_t>(e.byte));
    } catch (const Json::exception& e) {
        // Valid syntax the parser still cannot hold, e.g. a number beyond a double ("number overflow"); found
        // by fuzzing (tests/fuzz/corpus/study_file/crash-number-overflow).
        std::string what = e.what();
        if (const auto cut = what.find("] "); cut != std::string::npos) what = what.substr(cut + 2);
        throw FileFormatError(source + ": not valid JSON: " + what);
    }
}

} // namespace fgg::study::json
