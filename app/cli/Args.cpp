#include "app/cli/Args.h"

#include <cstdlib>

namespace fgg::cli {

Args::Args(const std::vector<std::string>& argv, const std::set<std::string>& valueOptions,
           const std::set<std::string>& flags) {
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (a.rfind("--", 0) != 0 || a == "--") {
            positional_.push_back(a);
            continue;
        }
        std::string name = a.substr(2);
        std::optional<std::string> inlineValue;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (flags.count(name)) {
            flags_.insert(name);
        } else if (valueOptions.count(name)) {
            if (inlineValue) {
                values_[name].push_back(*inlineValue);
            } else {
                if (i + 1 >= argv.size()) throw Error("option --" + name + " needs a value");
                values_[name].push_back(argv[++i]);
            }
        } else {
            throw Error("unknown option --" + name + " (see `fgg help`)");
        }
    }
}

std::optional<std::string> Args::value(const std::string& name) const {
    auto it = values_.find(name);
    if (it == values_.end() || it->second.empty()) return std::nullopt;
    return it->second.back();
}

std::vector<std::string> Args::values(const std::string& name) const {
    auto it = values_.find(name);
    return it == values_.end() ? std::vector<std::string>{} : it->second;
}

std::string Args::valueOr(const std::string& name, const std::string& fallback) const {
    return value(name).value_or(fallback);
}

int Args::intOr(const std::string& name, int fallback) const {
    auto v = value(name);
    if (!v) return fallback;
    char* end = nullptr;
    const long r = std::strtol(v->c_str(), &end, 10);
    if (end == v->c_str() || *end != '\0')
        throw Error("--" + name + " expects a whole number, not '" + *v + "'");
    return static_cast<int>(r);
}

double Args::doubleOr(const std::string& name, double fallback) const {
    auto v = value(name);
    if (!v) return fallback;
    char* end = nullptr;
    const double r = std::strtod(v->c_str(), &end);
    if (end == v->c_str() || *end != '\0') throw Error("--" + name + " expects a number, not '" + *v + "'");
    return r;
}

} // namespace fgg::cli
