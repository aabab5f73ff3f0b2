#pragma once
// Reading POP909's small text tables: lines split into fields, numbers parsed strictly, errors naming the
// file and the line.
#include <string>
#include <string_view>
#include <vector>

namespace fgg::textlines {

/// Non-empty lines of `text` with their 1-based line numbers (a trailing '\r' is dropped).
struct Line {
    int number = 0;
    std::string_view text;
};
std::vector<Line> split(std::string_view text);

/// Fields separated by runs of spaces or tabs.
std::vector<std::string_view> fields(std::string_view line);
/// Fields separated by single tabs (empty fields kept).
std::vector<std::string_view> tabFields(std::string_view line);

/// The whole of `field` as a finite number; throws Error "<path> line <n>: <what> ..." otherwise.
double number(std::string_view field, const std::string& path, int line, const char* what);

[[noreturn]] void fail(const std::string& path, int line, const std::string& message);

} // namespace fgg::textlines
