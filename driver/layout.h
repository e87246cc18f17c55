// gocc layout (issue 6): struct layout reports, fieldalignment's findings, --fix.
#pragma once

#include <CLI/CLI.hpp>

namespace gocc::driver {

// Registers the `layout` subcommand and its options on `app`.
auto AddLayoutCommand(CLI::App& app) -> CLI::App*;
// Runs it with the options parsed into the subcommand. Exit codes: 0, 1 (errors in the
// package), 2 (usage), 3 (--check: a struct could be smaller).
auto RunLayout() -> int;

}  // namespace gocc::driver
