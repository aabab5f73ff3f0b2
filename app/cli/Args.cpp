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

bool Args::onOff(const std::string& name, bool fallback) const {
    const auto v = value(name);
    if (!v) return fallback;
    if (*v != "on" && *v != "off") throw Error("--" + name + " takes on or off, not '" + *v + "'");
    return *v == "on";
}

std::optional<double> Args::numberIn(const NumberLimit& limit) const {
    const auto v = value(limit.option);
    if (!v) return std::nullopt;
    char* end = nullptr;
    const double r = v->empty() ? 0.0 : std::strtod(v->c_str(), &end);
    if (v->empty() || end != v->c_str() + v->size() || !limit.accepts(r))
        throw Error("--" + std::string(limit.option) + " must be " + limit.describe() + ", got '" + *v + "'");
    return r;
}

double Args::numberIn(const NumberLimit& limit, double fallback) const {
    return numberIn(limit).value_or(fallback);
}

int Args::intIn(const NumberLimit& limit, int fallback) const {
    const auto v = numberIn(limit);
    return v ? static_cast<int>(*v) : fallback;
}

} // namespace fgg::cli
