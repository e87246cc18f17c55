// Where gocc keeps what it caches, and how a cache entry names the gocc that wrote it; shared by
// the standard library object cache (cache.h) and the escape summaries (summaries.h).
#pragma once

#include <string>

namespace gocc::driver {

// $GOCCCACHE, else $XDG_CACHE_HOME/gocc, else $HOME/.cache/gocc; empty for GOCCCACHE=off (or
// when no directory can be named).
auto CacheDirectory() -> std::string;

// gocc's own identity: a rebuilt gocc never reuses an older gocc's entries. The running
// executable's path, size and modification time, as ccache's default compiler check.
auto GoccIdentity() -> std::string;

// GOCCDEBUG=cache=1: trace cache hits and misses on stderr.
auto TraceCache() -> bool;

}  // namespace gocc::driver
