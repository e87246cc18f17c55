// Runs work on a thread with a large stack.
//
// The front end and the checker walk trees recursively. The parser bounds real nesting, but a
// long chain (`a + b + ...`, `x.f.g...`, else-if cascades) makes a deep tree that every walk
// recurses through; generated Go code has such chains thousands long. gc's goroutine stacks
// grow; ours are fixed, so the compiler runs on a thread whose stack is large enough for the
// parser's limits (virtual memory: only touched pages cost anything).
#pragma once

#include <cstddef>
#include <functional>

namespace gocc {

constexpr size_t kCompilerStackBytes = size_t{1} << 30;  // 1 GiB

// Runs fn on a new thread with `bytes` of stack and waits for it; runs it directly if such a
// thread cannot be created.
void RunWithStack(size_t bytes, const std::function<void()>& fn);

}  // namespace gocc
