#pragma once
// A small, strict option parser: `--name value`, `--flag`, positional arguments. Unknown options are errors.
#include "model/diffusion/OptionLimits.h"
#include "model/music/Error.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace fgg::cli {

class Args {
public:
    /// `valueOptions` take a value (may repeat: values() returns all); `flags` take none.
    Args(const std::vector<std::string>& argv, const std::set<std::string>& valueOptions,
         const std::set<std::string>& flags);

    bool has(const std::string& name) const { return values_.count(name) || flags_.count(name); }
    std::optional<std::string> value(const std::string& name) const;
    std::vector<std::string> values(const std::string& name) const;
    std::string valueOr(const std::string& name, const std::string& fallback) const;
    /// `--name on|off` as a bool (anything else is refused with a message naming the option), or `fallback`.
    bool onOff(const std::string& name, bool fallback) const;
    /// The option `limit.option` as a number inside `limit` (NaN, infinities, fractions of a whole number and
    /// values outside are refused with a message naming the option and its range), or `fallback` if absent.
    double numberIn(const NumberLimit& limit, double fallback) const;
    std::optional<double> numberIn(const NumberLimit& limit) const;
    int intIn(const NumberLimit& limit, int fallback) const;
    const std::vector<std::string>& positional() const { return positional_; }

private:
    std::map<std::string, std::vector<std::string>> values_;
    std::set<std::string> flags_;
    std::vector<std::string> positional_;
};

} // namespace fgg::cli
