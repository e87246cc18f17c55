// Helpers for the scheduler, channel and timer tests: goroutines whose bodies are C++ lambdas.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "runtime/sched.h"

namespace rt {

// A closure block as generated code makes them: the first word is the code pointer.
struct GoTask {
  void (*fn)(void*);
  std::function<void()> body;
};

inline void RunGoTask(void* closure) { static_cast<GoTask*>(closure)->body(); }

// Starts a goroutine running body; the block lives until the end of the test binary.
inline gocc_goroutine* Go(std::function<void()> body) {
  static std::vector<std::unique_ptr<GoTask>> tasks;
  tasks.push_back(std::make_unique<GoTask>(GoTask{RunGoTask, std::move(body)}));
  return gocc_newproc(tasks.back().get());
}

}  // namespace rt
