#include "support/big_stack.h"

#include <pthread.h>

namespace gocc {

namespace {
auto Trampoline(void* arg) -> void* {
  (*static_cast<const std::function<void()>*>(arg))();
  return nullptr;
}
}  // namespace

void RunWithStack(size_t bytes, const std::function<void()>& fn) {
  pthread_attr_t attr;
  pthread_t thread;
  bool ok = pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, bytes) == 0 &&
            pthread_create(&thread, &attr, Trampoline, const_cast<std::function<void()>*>(&fn)) == 0;
  pthread_attr_destroy(&attr);
  if (!ok) {
    fn();
    return;
  }
  pthread_join(thread, nullptr);
}

}  // namespace gocc
