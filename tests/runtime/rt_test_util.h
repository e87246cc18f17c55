// Helpers for the runtime tests: type descriptors built at run time, stderr capture, and a
// simulated Go function that runs a body under a recovering deferred call.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "runtime/goccrt.h"

namespace rt {

gocc_string Str(const char* s);
std::string ToStd(gocc_string s);

// Type descriptor builders; descriptors live until the end of the test binary.
gocc_type* NewType(const gocc_type& proto);
const gocc_type* SliceOf(const gocc_type* elem, const char* name);
const gocc_type* ArrayOf(const gocc_type* elem, int64_t len, const char* name);
const gocc_type* PtrTo(const gocc_type* elem, const char* name);
const gocc_type* MapOf(const gocc_type* key, const gocc_type* elem, const char* name);
// A struct from (name, type) pairs laid out as gc lays them out.
const gocc_type* StructOf(const std::vector<std::pair<const char*, const gocc_type*>>& fields,
                          const char* name, const char* pkgpath = "");
uint32_t TypeHash(const char* s);

// Captures what f writes to file descriptor 2.
std::string CaptureStderr(const std::function<void()>& f);

// Runs f inside a simulated Go function whose only deferred call is `defer func() { r =
// recover() }()`. Returns whether f panicked, and the recovered value in *value.
bool Catch(const std::function<void()>& f, gocc_iface* value);
// The text gc would print for a recovered panic value: Error()/String() results, strings as is.
std::string PanicText(const std::function<void()>& f);

}  // namespace rt
