#pragma once
// `fgg` sub-commands register themselves: one file per command, no central switch to edit.
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace fgg::cli {

using CommandFn = std::function<int(const std::vector<std::string>& args)>;

struct CommandInfo {
    std::string summary;
    std::string usage;
    CommandFn run;
};

std::map<std::string, CommandInfo>& commands();

struct CommandRegistration {
    CommandRegistration(const std::string& name, CommandInfo info) { commands()[name] = std::move(info); }
};

} // namespace fgg::cli
