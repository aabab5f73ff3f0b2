#include "model/data/TextLines.h"

#include "model/music/Error.h"

#include <charconv>
#include <cmath>

namespace fgg::textlines {

std::vector<Line> split(std::string_view text) {
    std::vector<Line> lines;
    int number = 0;
    while (!text.empty()) {
        const std::size_t eol = text.find('\n');
        std::string_view line = text.substr(0, eol);
        text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
        ++number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.find_first_not_of(" \t") != std::string_view::npos) lines.push_back({number, line});
    }
    return lines;
}

std::vector<std::string_view> fields(std::string_view line) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < line.size()) {
        const std::size_t start = line.find_first_not_of(" \t", i);
        if (start == std::string_view::npos) break;
        std::size_t end = line.find_first_of(" \t", start);
        if (end == std::string_view::npos) end = line.size();
        out.push_back(line.substr(start, end - start));
        i = end;
    }
    return out;
}

std::vector<std::string_view> tabFields(std::string_view line) {
    std::vector<std::string_view> out;
    while (true) {
        const std::size_t tab = line.find('\t');
        out.push_back(line.substr(0, tab));
        if (tab == std::string_view::npos) return out;
        line = line.substr(tab + 1);
    }
}

double number(std::string_view field, const std::string& path, int line, const char* what) {
    double v = 0;
    const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), v);
    if (ec != std::errc() || end != field.data() + field.size() || !std::isfinite(v))
        fail(path, line,
             std::string("expected a number for ") + what + ", found '" + std::string(field) + "'");
    return v;
}

void fail(const std::string& path, int line, const std::string& message) {
    throw Error(path + " line " + std::to_string(line) + ": " + message);
}

} // namespace fgg::textlines
