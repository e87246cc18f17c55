// ir::Builder: creates values at an insertion point, the one way instructions enter a block.
//
// The AST builder (ir/build*.cpp) and the tests use it the same way LLVM's IRBuilder is used:
// set a block, set a source position, and call one method per instruction. Result types are
// derived from the operands where Go determines them (Load gives the pointer's element, a
// comparison gives bool, a call the callee's results); the few that need the caller's type take
// it. Terminators also link the block to its successors (preds/succs), so a builder that only
// uses these methods always has consistent edges.
//
// Constants are not instructions; Builder creates them in the function and they may be used
// anywhere in it.
#pragma once

#include <span>
#include <string_view>

#include "ir/ir.h"

namespace gocc::ir {

class Builder {
 public:
  explicit Builder(Function* fn);

  auto function() const -> Function* { return fn_; }
  auto program() const -> Program* { return fn_->program(); }
  void SetBlock(Block* b) { block_ = b; }
  auto block() const -> Block* { return block_; }
  // The source position of the values created next.
  void SetPos(Pos pos) { pos_ = pos; }
  auto pos() const -> Pos { return pos_; }
  // Whether the current block already ends in a terminator (code after return is dropped).
  auto Terminated() const -> bool { return block_ == nullptr || block_->terminator() != nullptr; }

  // ---- constants (anywhere in the function) ----
  auto ConstBool(bool v) -> Value*;
  auto ConstInt(const types::Type* t, int64_t v) -> Value*;  // also unsigned types (as bits)
  auto ConstFloat(const types::Type* t, double v) -> Value*;
  auto ConstComplex(const types::Type* t, double re, double im) -> Value*;
  auto ConstString(const types::Type* t, std::string_view bytes) -> Value*;
  auto Nil(const types::Type* t) -> Value*;
  auto Zero(const types::Type* t) -> Value*;

  // ---- memory ----
  // A variable of type elem; yields *elem. comment is gc's text for the site ("new(int)",
  // "&T{...}", "moved to heap: x"); heap is the default until escape analysis decides.
  auto Alloc(const types::Type* elem, std::string_view comment, bool heap = true) -> Value*;
  auto Load(Value* ptr) -> Value*;
  void Store(Value* ptr, Value* value);
  // Panics with the nil-dereference runtime error if ptr is nil; never removed when unused.
  void NilCheck(Value* ptr);
  auto FieldAddr(Value* struct_ptr, int field) -> Value*;
  auto Field(Value* struct_value, int field) -> Value*;
  // x is a pointer to an array or a slice; yields a pointer to the element.
  auto IndexAddr(Value* x, Value* index, bool check = true) -> Value*;
  // x is an array value or a string (yields byte).
  auto Index(Value* x, Value* index, bool check = true) -> Value*;
  // x is a string, slice or pointer to array; low/high/max may be nullptr.
  auto Slice(Value* x, Value* low, Value* high, Value* max, bool check = true) -> Value*;

  // ---- arithmetic ----
  // Comparisons yield bool; shifts take any integer count; / and % on integers check for zero
  // (and shifts by a signed count check for negative) unless check is false.
  auto BinOp(BinaryOp op, Value* x, Value* y, bool check = true) -> Value*;
  auto UnOp(UnaryOp op, Value* x) -> Value*;
  auto Convert(const types::Type* to, Value* x) -> Value*;
  auto ChangeType(const types::Type* to, Value* x) -> Value*;
  auto MakeComplex(const types::Type* t, Value* re, Value* im) -> Value*;
  auto Real(Value* c) -> Value*;
  auto Imag(Value* c) -> Value*;

  // ---- interfaces ----
  auto MakeInterface(const types::Type* iface, Value* x, std::string_view comment = {}) -> Value*;
  // Yields T, or (T, bool) with comma_ok.
  auto TypeAssert(Value* x, const types::Type* asserted, bool comma_ok) -> Value*;
  auto ChangeInterface(const types::Type* iface, Value* x) -> Value*;

  // ---- closures, slices, maps ----
  auto MakeClosure(Function* fn, std::span<Value* const> bindings,
                   std::string_view comment = "func literal") -> Value*;
  auto MakeSlice(const types::Type* slice_type, Value* len, Value* cap, std::string_view comment)
      -> Value*;
  auto MakeMap(const types::Type* map_type, Value* hint, std::string_view comment) -> Value*;
  // Yields V, or (V, bool) with comma_ok.
  auto MapLookup(Value* m, Value* key, bool comma_ok) -> Value*;
  void MapUpdate(Value* m, Value* key, Value* value);
  // m[key] op= value with one map assignment: the element's slot is found (inserted if absent)
  // once, then updated in place (gc's order.go does this for every op but / and %).
  void MapUpdateOp(Value* m, Value* key, BinaryOp op, Value* value);
  void MapDelete(Value* m, Value* key);
  auto Len(Value* x) -> Value*;
  auto Cap(Value* x) -> Value*;
  auto Append(Value* slice, std::span<Value* const> elems) -> Value*;
  auto AppendSpread(Value* slice, Value* more) -> Value*;  // append(s, more...)
  auto Copy(Value* dst, Value* src) -> Value*;

  // ---- goroutines and channels (defined in build_chan.cpp) ----
  auto MakeChan(const types::Type* chan_type, Value* size, std::string_view comment) -> Value*;
  void Send(Value* chan, Value* value);
  // Yields T, or (T, bool) with comma_ok.
  auto Recv(Value* chan, bool comma_ok) -> Value*;
  // One case per entry of chans: a send of values[i] if values[i] != nullptr, else a receive.
  // Yields (index int, recvOK bool, one value per receive case); index -1 is the default.
  auto Select(std::span<Value* const> chans, std::span<Value* const> values, bool has_default) -> Value*;
  // go f(args), go closure(args), go iface.M(args).
  void Go(Function* fn, std::span<Value* const> args);
  void GoValue(Value* closure, std::span<Value* const> args);
  void GoInvoke(Value* iface, std::string_view method, std::span<Value* const> args);


  // ---- calls ----
  auto Call(Function* fn, std::span<Value* const> args) -> Value*;
  auto CallValue(Value* closure, std::span<Value* const> args) -> Value*;
  // A method call through an interface; sig is the method's signature (without receiver).
  auto Invoke(Value* iface, std::string_view method, const types::Signature* sig,
              std::span<Value* const> args) -> Value*;
  // A call of a runtime entry point (gocc_*) by name; result may be nullptr.
  auto CallRuntime(std::string_view name, const types::Type* result, std::span<Value* const> args)
      -> Value*;
  auto Extract(Value* tuple, int index) -> Value*;
  // An empty phi at the start of the current block; operands come from SetPhiOperands or from
  // the SSA construction helpers.
  auto Phi(const types::Type* t) -> Value*;
  void SetPhiOperands(Value* phi, std::span<Value* const> operands);
  // defer f(args), defer closure(args), defer iface.M(args).
  void Defer(Function* fn, std::span<Value* const> args);
  void DeferValue(Value* closure, std::span<Value* const> args);
  void DeferInvoke(Value* iface, std::string_view method, std::span<Value* const> args);
  void RunDefers();
  auto Recover() -> Value*;
  void Print(std::span<Value* const> args, bool newline);
  // Iteration over a map or string: Next yields (ok bool, key, value).
  auto Range(Value* x) -> Value*;
  auto Next(Value* iter, const types::Type* key, const types::Type* value, bool over_string)
      -> Value*;

  // ---- terminators ----
  void Jump(Block* target);
  void If(Value* cond, Block* then_block, Block* else_block);
  void Return(std::span<Value* const> results);
  void Panic(Value* iface_value);
  void Unreachable();

  // Adds an instruction made by hand (ops without a method, tests of broken IR).
  auto Emit(Op op, const types::Type* type, std::span<Value* const> operands) -> Value*;

 private:
  auto Constant(Op op, const types::Type* t) -> Value*;
  auto NewCall(Op op, CallKind kind, const types::Type* result, std::span<Value* const> operands)
      -> Value*;
  void AddEdge(Block* from, Block* to);

  Function* fn_;
  Block* block_ = nullptr;
  Pos pos_;
};

}  // namespace gocc::ir
