// The escape summaries of imported packages, kept between runs of gocc -m (docs/escape.md,
// "Speed"): what gc keeps in export data. A function's summary depends only on its own code and
// that of its callees, so the summaries of the packages a program imports are a function of
// their sources. On a hit, gocc -m checks only the imports' declarations, builds IR for the
// user's package alone and applies the summaries at calls into the imports (pipeline.cpp).
//
//   <cache dir>/escape/<key[0:2]>/<key>.sum   (cache_dir.h; GOCCCACHE=off: none)
//   key: 128-bit hash of gocc's identity and the path and bytes of every file of every
//        imported package, so an edited package, another set of imports or a rebuilt gocc
//        make a new entry.
//   file: "gocc escape summaries v1", then one line per function: its name and one 16-digit
//        hex word per parameter (escape::ParamSummary).
// Entries are written to a temporary file and renamed into place.
#pragma once

#include <string>

#include "analysis/escape/escape.h"
#include "driver/compile.h"
#include "support/source.h"

namespace gocc::driver {

// The key of `program`'s imported packages; empty when it imports nothing or there is no cache.
auto SummaryKey(const LoadedProgram& program, const SourceMap& sources) -> std::string;
auto ReadSummaries(const std::string& key, escape::SummaryTable* table) -> bool;
void WriteSummaries(const std::string& key, const escape::SummaryTable& table);

}  // namespace gocc::driver
