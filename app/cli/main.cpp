// fgg: the headless command line of fgg-studio (generate, train, eval, bench, data, render).
#include "app/cli/Command.h"
#include "model/diffusion/ProcessEnvironment.h"
#include "model/music/Error.h"

#include <cstdio>
#include <exception>
#include <iostream>

namespace fgg::cli {
std::map<std::string, CommandInfo>& commands() {
    static std::map<std::string, CommandInfo> table;
    return table;
}
} // namespace fgg::cli

namespace {
void printHelp() {
    std::cout << "fgg - Fine-Grained Guidance music generation (fgg-studio's command line)\n\nCommands:\n";
    for (const auto& [name, info] : fgg::cli::commands())
        std::printf("  %-10s %s\n", name.c_str(), info.summary.c_str());
    std::cout << "\n`fgg help COMMAND` shows a command's options.\n";
}
} // namespace

int main(int argc, char** argv) {
    fgg::ensureProcessEnvironment(argc, argv);
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
        if (args.size() >= 2) {
            auto it = fgg::cli::commands().find(args[1]);
            if (it == fgg::cli::commands().end()) {
                std::cerr << "fgg: no command '" << args[1] << "'\n";
                return 2;
            }
            std::cout << "usage: " << it->second.usage << "\n";
            return 0;
        }
        printHelp();
        return 0;
    }
    auto it = fgg::cli::commands().find(args[0]);
    if (it == fgg::cli::commands().end()) {
        std::cerr << "fgg: unknown command '" << args[0] << "'. Run `fgg help` for the list.\n";
        return 2;
    }
    // `fgg CMD --help` / `-h`, anywhere among the command's arguments: its usage, before anything runs.
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i] == "--help" || args[i] == "-h") {
            std::cout << "usage: " << it->second.usage << "\n";
            return 0;
        }
    }
    try {
        return it->second.run(std::vector<std::string>(args.begin() + 1, args.end()));
    } catch (const fgg::Error& e) {
        std::cerr << "fgg " << args[0] << ": " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "fgg " << args[0] << ": internal error: " << e.what() << "\n";
        return 3;
    }
}
