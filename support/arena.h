// A bump allocator for nodes that live as long as a compilation: AST and IR nodes are
// trivially destructible and never freed one by one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <span>
#include <type_traits>
#include <vector>

namespace gocc {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  auto operator=(const Arena&) -> Arena& = delete;
  ~Arena();

  auto Allocate(size_t size, size_t align) -> void* {
    auto p = (reinterpret_cast<uintptr_t>(cur_) + align - 1) & ~(uintptr_t{align} - 1);
    if (p + size > reinterpret_cast<uintptr_t>(end_)) return AllocateSlow(size, align);
    cur_ = reinterpret_cast<char*>(p + size);
    return reinterpret_cast<void*>(p);
  }

  template <typename T, typename... Args>
  auto New(Args&&... args) -> T* {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    return new (Allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
  }

  // Copies a vector's contents into the arena.
  template <typename T>
  auto Copy(const std::vector<T>& v) -> std::span<T> {
    static_assert(std::is_trivially_copyable_v<T>);
    if (v.empty()) return {};
    auto* data = static_cast<T*>(Allocate(sizeof(T) * v.size(), alignof(T)));
    std::memcpy(data, v.data(), sizeof(T) * v.size());
    return {data, v.size()};
  }

  auto bytes_allocated() const -> size_t { return bytes_; }

 private:
  auto AllocateSlow(size_t size, size_t align) -> void*;

  char* cur_ = nullptr;
  char* end_ = nullptr;
  size_t bytes_ = 0;
  std::vector<char*> blocks_;
};

}  // namespace gocc
