// gocc's SSA IR: a typed, high-level SSA close to Go, in the style of golang.org/x/tools/go/ssa.
//
// A Program holds Functions and package variables (GlobalVar). A Function holds Blocks; a Block
// holds instructions (Values whose op has no kShapeNoBlock bit) in order, phis first, exactly one
// terminator last, and its predecessor and successor lists. Constants, parameters, free
// variables, globals and functions are Values too but live in no block: they dominate every use.
//
// Values are arena-allocated, 48 bytes, and numbered densely per function (`id`), so passes keep
// per-value facts in vectors indexed by id (Function::values() maps ids back). Blocks are
// numbered densely too. Program-level values (Global, Func) have their own id space.
//
// Types are the type checker's (typecheck/types.h). The IR adds the few it needs and the checker
// does not make: pointers to any type (Alloc, FieldAddr), tuples (multi-value calls, comma-ok
// forms, map/string iteration), all interned by the Program so equal requests give one pointer.
//
// An op's operands and aux fields are listed beside it in ir/ops.def and in docs/ir.md.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "support/arena.h"
#include "support/source.h"
#include "typecheck/types.h"

namespace gocc::ir {

enum class Op : uint8_t {
#define OP(name, text, shape) name,
#include "ir/ops.def"
#undef OP
};
inline constexpr int kNumOps = 0
#define OP(name, text, shape) +1
#include "ir/ops.def"
#undef OP
    ;

enum Shape : uint8_t {
  kShapeValue = 1 << 0,       // yields a value
  kShapeNoBlock = 1 << 1,     // not an instruction: constant, parameter, global, function
  kShapeTerminator = 1 << 2,  // ends a block
  kShapeEffect = 1 << 3,      // must not be removed when its value is unused
  kShapeMayPanic = 1 << 4,    // may raise a run-time panic
  kShapeAllocates = 1 << 5,   // an allocation site escape analysis decides on
};

auto OpName(Op op) -> std::string_view;
auto OpShape(Op op) -> uint8_t;

// Value::flags bits; what each means depends on the op.
enum Flag : uint8_t {
  kFlagHeap = 1 << 0,     // allocation ops: on the heap (escape analysis clears it)
  kFlagCheck = 1 << 1,    // IndexAddr/Index/Slice bounds, BinOp divide-by-zero / negative shift
  kFlagCommaOk = 1 << 2,  // TypeAssert, MapLookup: yields (value, ok)
  kFlagSpread = 1 << 3,   // Append: the second operand is a slice (or string) appended whole
  kFlagNewline = 1 << 4,  // Print: println (spaces between operands, newline after)
  kFlagString = 1 << 5,   // Range/Next: over a string (else a map)
  kFlagIndirect = 1 << 6,  // Store: assigns through a pointer (`*p = x`, `p.f = x`), which gc's escape analysis sends to the heap
  kFlagLiteral = 1 << 7,   // Convert: []byte/[]rune of a constant string, which gc makes an exact-size array / a []rune{...} literal
  kFlagOpAssign = 1 << 7,  // BinOp string +: of `s += t`, which gc's escape analysis sees as `s = t` (no allocation site; always on the heap);
                           // MapUpdate: `m[k] op= v` in one map assignment (gc's order.go), aux16 = the BinaryOp
};

enum class BinaryOp : uint16_t {
  Add, Sub, Mul, Div, Rem, And, Or, Xor, AndNot, Shl, Shr,
  Eq, Ne, Lt, Le, Gt, Ge,
};
auto BinaryOpText(BinaryOp op) -> std::string_view;
inline auto IsComparison(BinaryOp op) -> bool { return op >= BinaryOp::Eq; }

enum class UnaryOp : uint16_t { Neg, Not, Complement };
auto UnaryOpText(UnaryOp op) -> std::string_view;

// How a Call or Defer finds its callee.
//   Static:  operands (Func, args...)
//   Closure: operands (func value, args...)
//   Invoke:  operands (interface value, args...), aux.p -> method name
//   Runtime: operands (args...), aux.p -> runtime function name
enum class CallKind : uint16_t { Static, Closure, Invoke, Runtime };

struct Block;
class Function;
class Program;
struct GlobalVar;

struct ComplexConst {
  double re, im;
};

struct Value {
  Op op;
  uint8_t flags = 0;
  uint16_t aux16 = 0;
  uint32_t id = 0;
  const types::Type* type = nullptr;  // nullptr: no value (Store, calls of result-less functions)
  Block* block = nullptr;             // nullptr for kShapeNoBlock values and removed instructions
  Value** operands = nullptr;
  uint32_t num_operands = 0;
  Pos pos;
  union {
    int64_t i;
    double f;
    const void* p;
  } aux{.i = 0};

  auto Operands() const -> std::span<Value* const> { return {operands, num_operands}; }
  auto Operand(size_t i) const -> Value* { return operands[i]; }
  auto Has(Flag f) const -> bool { return (flags & f) != 0; }
  auto IsInstruction() const -> bool { return (OpShape(op) & kShapeNoBlock) == 0; }
  auto IsTerminator() const -> bool { return (OpShape(op) & kShapeTerminator) != 0; }
  // Whether removing the instruction could change behaviour even if its value is unused: an
  // effect, a terminator, or a possible panic (BinOp and indexing only with kFlagCheck).
  auto HasSideEffects() const -> bool;
  auto binop() const -> BinaryOp { return static_cast<BinaryOp>(aux16); }
  auto unop() const -> UnaryOp { return static_cast<UnaryOp>(aux16); }
  auto call_kind() const -> CallKind { return static_cast<CallKind>(aux16); }
  // Param/FreeVar names, ConstString bytes, alloc-site comments, invoked/runtime names.
  auto str() const -> std::string_view {
    return aux.p != nullptr ? *static_cast<const std::string_view*>(aux.p) : std::string_view{};
  }
  auto func() const -> Function* { return static_cast<Function*>(const_cast<void*>(aux.p)); }
  auto global() const -> GlobalVar* { return static_cast<GlobalVar*>(const_cast<void*>(aux.p)); }
  auto asserted_type() const -> const types::Type* { return static_cast<const types::Type*>(aux.p); }
};
static_assert(sizeof(Value) == 48, "Value is hot: keep it at 48 bytes");

// A string concatenation (BinOp Add of strings): an allocation site like those with
// kShapeAllocates, with kFlagHeap until escape analysis finds that its result does not escape
// (codegen then gives it a 32-byte stack buffer, as gc does).
auto IsStringConcat(const Value* v) -> bool;
// A conversion that makes new memory: string(bytes), string(runes), string(rune), []byte(s),
// []rune(s) (gc's OBYTES2STR, ORUNES2STR, ORUNESTR, OSTR2BYTES, OSTR2RUNES).
auto IsAllocatingConvert(const Value* v) -> bool;
// An allocation that is not an allocating op: a string concatenation or an allocating
// conversion. Escape analysis decides its heap flag and reports it like the others.
auto IsImplicitAllocation(const Value* v) -> bool;

struct Block {
  uint32_t id = 0;
  Function* func = nullptr;
  std::string_view comment;  // "entry", "for.body", ... (static or arena strings)
  std::vector<Value*> instrs;
  std::vector<Block*> preds;
  std::vector<Block*> succs;

  auto terminator() const -> Value* {
    return !instrs.empty() && instrs.back()->IsTerminator() ? instrs.back() : nullptr;
  }
};

// The IR's own types: tuples of several results.
struct Tuple : types::Type {
  static constexpr types::TypeKind kKind = types::TypeKind::Tuple;
  std::span<const types::Type* const> elems;
};

struct GlobalVar {
  std::string_view name;  // "main.x"
  const types::Type* type;
  Pos pos;
  Value* addr;  // the Global value (type *type)
};

// A method of a named type, for method tables and itabs.
struct MethodEntry {
  std::string_view name;
  Function* func;
  bool pointer_receiver;
  std::string_view pkg_path;  // the declaring package: qualifies an unexported name
};

class Function {
 public:
  Function(Program* program, std::string name, const types::Signature* sig, Pos pos);

  auto name() const -> const std::string& { return name_; }
  auto signature() const -> const types::Signature* { return sig_; }
  auto pos() const -> Pos { return pos_; }
  auto program() const -> Program* { return program_; }
  // Functions without blocks are external (declared only).
  auto IsExternal() const -> bool { return blocks_.empty(); }

  // Parameters in calling order: the receiver first for methods, then the signature's.
  auto AddParam(std::string_view name, const types::Type* type, Pos pos = {}) -> Value*;
  auto params() const -> const std::vector<Value*>& { return params_; }
  // Free variables of a closure, in the order MakeClosure binds them.
  auto AddFreeVar(std::string_view name, const types::Type* type, Pos pos = {}) -> Value*;
  auto free_vars() const -> const std::vector<Value*>& { return free_vars_; }
  // The result types (the signature's), as a list.
  auto result_types() const -> std::vector<const types::Type*>;

  auto NewBlock(std::string_view comment) -> Block*;
  auto entry() const -> Block* { return blocks_.empty() ? nullptr : blocks_[0].get(); }
  auto blocks() const -> const std::vector<std::unique_ptr<Block>>& { return blocks_; }
  auto block(uint32_t id) const -> Block* { return blocks_[id].get(); }
  auto num_blocks() const -> uint32_t { return static_cast<uint32_t>(blocks_.size()); }
  // Deletes the blocks for which dead[id] is true and renumbers the rest densely.
  void RemoveBlocks(const std::vector<bool>& dead);

  // A new value with the next id; the caller places instructions in a block.
  auto NewValue(Op op, const types::Type* type, std::span<Value* const> operands, Pos pos) -> Value*;
  void SetOperands(Value* v, std::span<Value* const> operands);
  auto values() const -> const std::vector<Value*>& { return values_; }
  auto num_values() const -> uint32_t { return static_cast<uint32_t>(values_.size()); }

  // The Func value naming this function (operand of static calls and closures).
  auto value() const -> Value* { return self_; }
  void set_value(Value* v) { self_ = v; }
  Function* parent = nullptr;            // the enclosing function of a function literal
  std::vector<Function*> anon_funcs;     // function literals inside, in source order
  bool has_defer = false;                // needs a defer frame (set by Builder::Defer)
  // In a function with defers: where execution resumes after a deferred call recovered a
  // panic (go/ssa's Recover block). It has no predecessors in the IR and no phis; it loads the
  // named results from their Allocs and returns them. Without one, the function returns zero
  // values after a recovered panic.
  Block* recover_block = nullptr;
  bool is_method = false;                // params()[0] is the receiver
  // A wrapper the IR builder synthesises, one of gc's autogenerated functions (-m reports them
  // at <autogenerated>:1): of a method set ((*T).M, promoted methods), into which gc inlines
  // the method, or of a method value or expression, which gc makes after inlining.
  enum class Wrapper : uint8_t { kNone, kMethodSet, kLate };
  Wrapper wrapper = Wrapper::kNone;
  // A function literal made for a go or defer statement that calls the real callee (see
  // FunctionBuilder::VariadicCallWrapper): recover() in that callee still counts as called
  // directly by the deferred call, as gc's wrapper functions are transparent to it.
  bool is_call_wrapper = false;
  // Assignments to the variables that live in SSA registers, for escape analysis (gc reasons
  // about variables; SSA has only values): the value assigned (declaration included) and the
  // block declaring the variable (nullptr once that block is removed as unreachable).
  struct VarAssign {
    Value* value;
    Block* decl;
    uint32_t var;
  };
  std::vector<VarAssign> var_assigns;
  // Assignments to parameters that live in SSA registers: the Param and the copy (a ChangeType
  // to the same type) its variable holds from the assignment on. To gc a parameter is one
  // variable, one location: `xx = yy; return xx` leaks xx to the result as well as yy.
  struct ParamCopy {
    Value* param;
    Value* copy;
  };
  std::vector<ParamCopy> param_copies;
  // Optimisation remarks for `gocc -m`, gc's lines about what the compiler did besides escape
  // analysis ("index bounds check elided"), in the order made.
  struct Remark {
    Pos pos;
    std::string_view message;
  };
  std::vector<Remark> remarks;
  // gc's inlinability (ir/inline_cost.cpp): the cost of the body when it may be inlined (at
  // most 80), else -1 with gc's reason; the body as -m=2 prints it; whether the function is
  // "big" (over 5000 nodes), so that only callees costing at most 20 are inlined into it.
  // decl_pos is where gc reports them: the token after `func` (a method's receiver).
  int32_t inline_cost = -1;
  std::string_view not_inlinable;
  std::string_view inline_text;
  bool big = false;
  // gc compiles calls of it to instructions (an intrinsic): they are never inlined.
  bool intrinsic = false;
  Pos decl_pos;

 private:
  Program* program_;
  std::string name_;
  const types::Signature* sig_;
  Pos pos_;
  Value* self_ = nullptr;
  std::vector<Value*> params_;
  std::vector<Value*> free_vars_;
  std::vector<std::unique_ptr<Block>> blocks_;
  std::vector<Value*> values_;
};

// gc's name for the n-th function literal (from 1) written directly in outer: outer.funcN, or
// outer.N when outer is itself a literal (the package initialiser's are named by the builder).
auto ClosureName(const Function& outer, int n) -> std::string;

// The import path of a symbol's package: "unicode/utf8" for unicode/utf8.RuneLen,
// "sync" for sync.(*Mutex).Lock.
auto PackagePathOf(std::string_view symbol) -> std::string_view;

class Program {
 public:
  // basic(kind) returns the type checker's unique Basic type for a kind.
  using BasicLookup = std::function<const types::Basic*(types::BasicKind)>;
  explicit Program(BasicLookup basic);

  auto arena() -> Arena& { return arena_; }
  auto NewFunction(std::string name, const types::Signature* sig, Pos pos = {}) -> Function*;
  auto functions() const -> const std::vector<std::unique_ptr<Function>>& { return functions_; }
  auto FindFunction(std::string_view name) const -> Function*;
  // Deletes the functions for which dead(fn) is true, and their method-table entries.
  void RemoveFunctions(const std::function<bool(const Function*)>& dead);
  auto NewGlobal(std::string_view name, const types::Type* type, Pos pos = {}) -> GlobalVar*;
  auto globals() const -> const std::vector<GlobalVar*>& { return globals_; }

  // Method sets, for method tables and itabs (the AST builder registers them): of named types,
  // and of unnamed struct types with embedded fields (`struct{ S }`, whose methods are the
  // promoted ones). recv is a Named or a Struct; a Struct stands for every identical struct type
  // (type literals spelled twice are distinct objects), so MethodsOf finds its methods from any.
  // pkg_path: where the method was declared (default: recv's package).
  void AddMethod(const types::Type* recv, std::string_view name, Function* fn, bool pointer_receiver,
                 std::string_view pkg_path = {});
  auto MethodsOf(const types::Type* t) const -> std::span<const MethodEntry>;

  // Types the IR makes, interned.
  auto Basic(types::BasicKind kind) const -> const types::Basic* { return basic_(kind); }
  auto Bool() const -> const types::Type* { return basic_(types::BasicKind::Bool); }
  auto Int() const -> const types::Type* { return basic_(types::BasicKind::Int); }
  auto PointerTo(const types::Type* elem) -> const types::Pointer*;
  auto SliceOf(const types::Type* elem) -> const types::Slice*;
  auto TupleOf(std::span<const types::Type* const> elems) -> const Tuple*;
  auto EmptyInterface() -> const types::Interface*;
  // The type of a call's value: nullptr for no results, the type for one, a tuple for more.
  auto ResultType(const types::Signature* sig) -> const types::Type*;

  // Copies of strings that live as long as the program (names, comments, string constants).
  auto Intern(std::string_view s) -> const std::string_view*;

  // Ids of program-level values (Global, Func).
  auto NewProgramValue(Op op, const types::Type* type, const void* aux, Pos pos) -> Value*;

 private:
  Arena arena_;
  BasicLookup basic_;
  std::vector<std::unique_ptr<Function>> functions_;
  std::unordered_map<std::string_view, Function*> function_index_;
  std::vector<GlobalVar*> globals_;
  std::unordered_map<const types::Type*, std::vector<MethodEntry>> methods_;
  std::vector<const types::Struct*> structs_with_methods_;  // the representatives of their types
  // A struct type object -> the representative of its type (nullptr: none has methods).
  mutable std::unordered_map<const types::Type*, const types::Struct*> struct_representative_;
  std::unordered_map<const types::Type*, const types::Pointer*> pointers_;
  std::unordered_map<const types::Type*, const types::Slice*> slices_;
  std::vector<const Tuple*> tuples_;
  const types::Interface* empty_interface_ = nullptr;
  std::unordered_map<std::string_view, const std::string_view*> strings_;
  uint32_t next_program_value_id_ = 0;
};

// The elements of a tuple type, or the type itself as a one-element list (none for nullptr).
auto TupleElems(const types::Type* t) -> std::vector<const types::Type*>;

}  // namespace gocc::ir
