// Internal to codegen: the module-wide lowering state (types, type descriptors, runtime entry
// points, functions, globals, strings) and the per-function lowering the op files share.
//
// ModuleLowering owns everything that is unique per module and created on first use; a
// FunctionLowering walks one ir::Function's blocks in order, creates an LLVM block per IR block
// (plus the check/panic blocks an op needs), maps each IR value id to its LLVM value, and fills
// phi incomings at the end from the LLVM block each IR block *ended* in.
#pragma once

#include <llvm/IR/DIBuilder.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "codegen/codegen.h"
#include "ir/ir.h"
#include "typecheck/sizes.h"

namespace gocc::codegen {

// Go types as LLVM types, with gc's amd64 layout (typecheck/sizes.h): struct elements are
// padded explicitly where LLVM's natural layout would differ, so field i lives at LLVM element
// FieldIndex(s, i).
class TypeLowering {
 public:
  TypeLowering(llvm::LLVMContext& ctx, const llvm::DataLayout& layout);

  auto Lower(const types::Type* t) -> llvm::Type*;
  // Values larger than kIndirectBytes live in memory, never in LLVM registers: LLVM turns a
  // first-class aggregate load or store into one operation per element, which takes minutes
  // for a [1 << 14]int. Such a value is a pointer to an immutable copy (a Temp, the caller's
  // copy for a parameter, an interface's box, the zero area); parameters of such types are
  // passed as that pointer, and results are written through a hidden out pointer the caller
  // passes after the parameters (one per such result; the callee returns it too).
  static constexpr int64_t kIndirectBytes = 256;
  auto IsIndirect(const types::Type* t) const -> bool {
    return t != nullptr && t->kind != types::TypeKind::Tuple && Size(t) > kIndirectBytes;
  }
  // How a value of t is held: Lower(t), or ptr for an indirect t.
  auto Value(const types::Type* t) -> llvm::Type* { return IsIndirect(t) ? ptr : Lower(t); }
  auto FieldIndex(const types::Struct* s, int field) -> unsigned;
  auto Size(const types::Type* t) const -> int64_t { return sizes_.SizeOf(t); }
  auto Align(const types::Type* t) const -> int64_t { return sizes_.AlignOf(t); }
  auto sizes() const -> const types::Sizes& { return sizes_; }

  // Go function types: (ptr context, params..., out pointers...) -> void | T | {T1, T2, ...}.
  // Methods called through itabs take the interface data word instead of the context.
  auto FuncType(std::span<const types::Type* const> params, std::span<const types::Type* const> results)
      -> llvm::FunctionType*;
  auto FuncType(const types::Signature* sig) -> llvm::FunctionType*;
  auto ResultType(std::span<const types::Type* const> results) -> llvm::Type*;

  llvm::Type* ptr;
  llvm::Type* i1;
  llvm::Type* i8;
  llvm::Type* i32;
  llvm::Type* i64;
  llvm::Type* f64;
  llvm::StructType* string_type;  // {ptr, i64}
  llvm::StructType* slice_type;   // {ptr, i64, i64}
  llvm::StructType* iface_type;   // {ptr, ptr}
  llvm::StructType* pair_type;    // {i64, i64}

 private:
  auto LowerStruct(const types::Struct* s) -> llvm::Type*;
  llvm::LLVMContext& ctx_;
  const llvm::DataLayout& layout_;
  types::Sizes sizes_;
  std::unordered_map<const types::Type*, llvm::Type*> cache_;
  std::unordered_map<const types::Struct*, std::vector<unsigned>> field_index_;
};

// gc's reflect-style type string ("main.T", "[]int", "interface {}", "func(int) string").
auto RuntimeTypeString(const types::Type* t) -> std::string;
// Whether t is stored directly in an interface data word (GOCC_TFLAG_DIRECTIFACE).
auto IsDirectIface(const types::Type* t) -> bool;
// Whether values of t contain pointers the garbage collector must see.
auto HasPointers(const types::Type* t) -> bool;
// An interface's methods with embedded ones flattened, sorted by name.
auto InterfaceMethods(const types::Type* iface) -> std::vector<types::Method>;

class ModuleLowering {
 public:
  ModuleLowering(const ir::Program& program, llvm::Module& module, const CodegenOptions& options,
                 std::vector<std::string>* errors);
  ~ModuleLowering();
  void Run();

  auto ctx() -> llvm::LLVMContext& { return ctx_; }
  auto module() -> llvm::Module& { return module_; }
  auto types() -> TypeLowering& { return *types_; }
  auto options() const -> const CodegenOptions& { return options_; }
  auto program() const -> const ir::Program& { return program_; }
  void Error(std::string message) { errors_->push_back(std::move(message)); }

  auto FunctionFor(const ir::Function* fn) -> llvm::Function*;
  auto GlobalFor(const ir::GlobalVar* g) -> llvm::GlobalVariable*;
  // A constant closure block {code} for a top-level function used as a value.
  auto StaticClosure(const ir::Function* fn) -> llvm::Constant*;
  // A runtime entry point from runtime_decls.cpp's table (goccrt.h's signatures).
  auto Runtime(std::string_view name) -> llvm::FunctionCallee;
  // A declaration for a runtime function the table lacks, shaped by its call.
  auto RuntimeByShape(std::string_view name, llvm::FunctionType* type) -> llvm::FunctionCallee;
  // At b: gocc_defer_wrapper(this frame's address), which makes the function being built a
  // go/defer wrapper that recover() in its callee looks through (runtime/panic.c).
  void CallDeferWrapper(llvm::IRBuilder<>& b);
  auto StringConstant(std::string_view bytes) -> llvm::Constant*;  // {ptr, i64}
  // Zeroed memory (bss) of Size(t) bytes that nothing writes: the zero value of an
  // indirect type.
  auto ZeroArea(const types::Type* t) -> llvm::Constant*;
  // GOCCDEBUG=allocs=2 (runtime/sites.c): the gocc_site global of the allocation v makes, and
  // the runtime's gocc_alloc_site variable the generated code points at it. Null without
  // source positions.
  auto AllocSite(const ir::Value* v) -> llvm::Constant*;
  auto AllocSiteVar() -> llvm::GlobalVariable*;

  // Type descriptors (typedesc.cpp): a gocc_type for t, and itabs.
  auto TypeDescriptor(const types::Type* t) -> llvm::Constant*;
  // A static itab for (iface, concrete), or nullptr when the method set is not known here.
  auto Itab(const types::Type* iface, const types::Type* concrete) -> llvm::Constant*;
  // A type for the heap block of a closure with these bindings: struct {F uintptr; b0; b1 ...}.
  auto ClosureStruct(std::span<const types::Type* const> bindings) -> const types::Struct*;
  auto arena() -> Arena& { return arena_; }

  // Debug info (debuginfo.cpp); null without -g.
  auto debug() -> class DebugInfo* { return debug_.get(); }

 private:
  void DeclareFunctions();
  void EmitEntryPoints();
  void EmitGcRoots();  // gcroots.cpp
  void EmitCallThunks();  // typedesc.cpp
  // Whether the program calls gort.Call or gort.CallMethod (text/template does): such a
  // program gets call thunks and *T descriptors for types with pointer methods.
  auto MakesReflectiveCalls() const -> bool;
  void LinkPointerDescriptors();
  auto MethodTable(const types::Type* t) -> std::pair<llvm::Constant*, int64_t>;
  auto MethodWrapper(const ir::MethodEntry& m, const types::Type* recv_type) -> llvm::Function*;
  auto EqualFunction(const types::Type* t) -> llvm::Constant*;

  const ir::Program& program_;
  llvm::Module& module_;
  llvm::LLVMContext& ctx_;
  const CodegenOptions& options_;
  std::vector<std::string>* errors_;
  std::unique_ptr<TypeLowering> types_;
  std::unique_ptr<class DebugInfo> debug_;
  Arena arena_;
  std::unordered_map<const ir::Function*, llvm::Function*> functions_;
  std::unordered_map<const ir::GlobalVar*, llvm::GlobalVariable*> globals_;
  std::unordered_map<const ir::Function*, llvm::Constant*> static_closures_;
  std::unordered_map<std::string, llvm::Constant*> strings_;
  std::unordered_map<int64_t, llvm::Constant*> zero_areas_;  // by size
  llvm::GlobalVariable* alloc_site_var_ = nullptr;
  std::unordered_map<std::string, llvm::Constant*> c_strings_;  // NUL-terminated, for sites
  std::unordered_map<std::string, llvm::Constant*> descriptors_;  // by runtime type string
  // The descriptors of func types, in the order made: EmitCallThunks gives each a thunk.
  std::vector<std::pair<const types::Signature*, llvm::GlobalVariable*>> func_descriptors_;
  // {T's descriptor, *T's descriptor} for every pointer type made: LinkPointerDescriptors.
  std::vector<std::pair<llvm::Constant*, llvm::GlobalVariable*>> pointer_descriptors_;
  bool reflective_calls_ = false;
  std::unordered_map<std::string, llvm::Constant*> itabs_;
  std::unordered_map<std::string, llvm::Function*> wrappers_;
  std::unordered_map<const types::Named*, const types::Named*> named_index_;  // by name
};

class DebugInfo {
 public:
  DebugInfo(llvm::Module& module, const SourceMap& sources);
  void BeginFunction(llvm::Function* fn, const ir::Function& irfn);
  auto Location(Pos pos) -> llvm::DebugLoc;
  void Finish();

 private:
  auto FileFor(Pos pos) -> llvm::DIFile*;
  llvm::Module& module_;
  const SourceMap& sources_;
  llvm::DIBuilder builder_;
  llvm::DICompileUnit* unit_ = nullptr;
  std::map<std::string, llvm::DIFile*> files_;
  llvm::DISubprogram* current_ = nullptr;
};

class FunctionLowering {
 public:
  FunctionLowering(ModuleLowering& m, const ir::Function& fn, llvm::Function* llfn);
  void Run();

 private:
  // ---- function.cpp ----
  void ClearAllocSite();  // gocc_alloc_site = nil after an allocating call (GOCCDEBUG=allocs=2)
  void Prologue();
  void LowerInstr(const ir::Value* v);
  void FillPhis();
  auto CopyIndirectPhis(const ir::Block* b, size_t pred, std::span<const ir::Value* const> phis) -> llvm::BasicBlock*;
  auto Get(const ir::Value* v) -> llvm::Value*;
  void Set(const ir::Value* v, llvm::Value* value) { values_[v->id] = value; }
  auto Constant(const ir::Value* v) -> llvm::Value*;
  auto T(const types::Type* t) -> llvm::Type* { return m_.types().Lower(t); }
  // Branches to a new block that calls `panic` (a noreturn runtime call) when fail is true.
  void PanicIf(llvm::Value* fail, const std::function<void()>& panic);
  auto NewBlock(const char* name) -> llvm::BasicBlock*;
  // An alloca in the entry block.
  auto EntryAlloca(llvm::Type* type, int64_t align, const char* name = "") -> llvm::AllocaInst*;
  auto CallRuntime(std::string_view name, std::span<llvm::Value* const> args) -> llvm::CallInst*;
  auto CallRuntime(std::string_view name, std::initializer_list<llvm::Value*> args) -> llvm::CallInst*;
  void LowerTerminator(const ir::Value* v);
  void LowerDeferFrame();

  // ---- ops_memory.cpp ----
  void LowerAlloc(const ir::Value* v);
  auto AllocMemory(const types::Type* elem, bool heap, llvm::Value* count = nullptr) -> llvm::Value*;
  void LowerLoadStore(const ir::Value* v);
  void LowerNilCheck(const ir::Value* v);
  void LowerFieldAddr(const ir::Value* v);
  void LowerField(const ir::Value* v);
  void LowerIndexAddr(const ir::Value* v);
  void LowerIndex(const ir::Value* v);
  void LowerSlice(const ir::Value* v);
  void BoundsCheck(llvm::Value* index, llvm::Value* length, bool index_signed, int code);
  auto ToInt64(llvm::Value* x, const types::Type* t) -> llvm::Value*;
  auto SliceParts(llvm::Value* x, const types::Type* t) -> std::tuple<llvm::Value*, llvm::Value*, llvm::Value*>;
  auto MakeSliceValue(llvm::Value* ptr, llvm::Value* len, llvm::Value* cap) -> llvm::Value*;
  auto MakeString(llvm::Value* ptr, llvm::Value* len) -> llvm::Value*;
  auto Spill(llvm::Value* v, const types::Type* t) -> llvm::Value*;  // address of a copy

  // ---- indirect values (TypeLowering::kIndirectBytes; ops_memory.cpp) ----
  auto V(const types::Type* t) -> llvm::Type* { return m_.types().Value(t); }
  auto IsIndirect(const types::Type* t) const -> bool { return m_.types().IsIndirect(t); }
  // Memory for one value of t for the whole call: an entry-block alloca, or for more than
  // kMaxStackTemp bytes (gc's limit for implicit stack variables) a heap block allocated on entry.
  auto Temp(const types::Type* t) -> llvm::Value*;
  void CopyValue(llvm::Value* dst, llvm::Value* src, const types::Type* t);
  // A value of t read from / written to memory at addr, in its held form (V(t)): an indirect
  // value is copied into a Temp (so later stores to addr do not change it) or out of its copy.
  auto LoadAs(const types::Type* t, llvm::Value* addr) -> llvm::Value*;
  void StoreAs(const types::Type* t, llvm::Value* value, llvm::Value* addr);
  // The out pointers an indirect result of a call needs, appended to args.
  void AppendOutPointers(std::span<const types::Type* const> results, std::vector<llvm::Value*>& args);
  auto LoadValue(llvm::Type* type, llvm::Value* ptr) -> llvm::Value*;
  void StoreValue(llvm::Value* value, llvm::Value* ptr);

  // ---- ops_arith.cpp ----
  void LowerBinOp(const ir::Value* v);
  // String concatenation: a chain `a + b + c` whose inner sums have no other use is one
  // gocc_concatstrings call over all its operands, so one allocation (gc's OADDSTR).
  void MarkFusedConcats();
  void LowerConcat(const ir::Value* v);
  void ConcatOperands(const ir::Value* v, std::vector<llvm::Value*>& parts);
  void LowerUnOp(const ir::Value* v);
  void LowerConvert(const ir::Value* v);
  void LowerLiteralConvert(const ir::Value* v, bool bytes);
  void LowerComplexPart(const ir::Value* v);
  auto Compare(ir::BinaryOp op, llvm::Value* x, llvm::Value* y, const types::Type* t) -> llvm::Value*;
  auto IntBinOp(ir::BinaryOp op, llvm::Value* x, llvm::Value* y, const types::Type* t,
                const types::Type* count_type, bool check) -> llvm::Value*;
  auto ComplexBinOp(ir::BinaryOp op, llvm::Value* x, llvm::Value* y, const types::Type* t) -> llvm::Value*;
  // x op y for a fused map op-assignment (MapUpdate with kFlagOpAssign): integer or float
  // operands and an op that cannot panic.
  auto MapElemOp(ir::BinaryOp op, llvm::Value* x, llvm::Value* y, const types::Type* t) -> llvm::Value*;

  // ---- ops_iface.cpp ----
  void LowerMakeInterface(const ir::Value* v);
  void LowerTypeAssert(const ir::Value* v);
  void LowerChangeInterface(const ir::Value* v);
  void LowerMakeClosure(const ir::Value* v);
  void LowerCall(const ir::Value* v);
  void LowerDefer(const ir::Value* v);
  // A heap (or stack) block {thunk, callee, args...} whose thunk makes the call of a Defer or Go
  // op: void thunk(void* block), the closure shape the runtime runs (ops_iface.cpp).
  auto CallBlock(const ir::Value* v, bool heap) -> llvm::Value*;
  // ---- ops_chan.cpp ----
  void LowerMakeChan(const ir::Value* v);
  void LowerSend(const ir::Value* v);
  void LowerRecv(const ir::Value* v);
  void LowerSelect(const ir::Value* v);
  void LowerGo(const ir::Value* v);
  auto CallRuntimeShaped(std::string_view name, llvm::Type* result, std::span<llvm::Value* const> args) -> llvm::CallInst*;

  void LowerPanic(const ir::Value* v);
  void LowerRecover(const ir::Value* v);
  auto DynamicType(llvm::Value* iface, const types::Type* t) -> llvm::Value*;
  auto BoxValue(llvm::Value* x, const types::Type* t, bool heap) -> llvm::Value*;
  auto CallArgs(const ir::Value* v, size_t first) -> std::vector<llvm::Value*>;

  // ---- ops_builtin.cpp ----
  void LowerMakeSlice(const ir::Value* v);
  void LowerMakeMap(const ir::Value* v);
  void LowerMapOp(const ir::Value* v);
  void LowerLenCap(const ir::Value* v);
  void LowerAppend(const ir::Value* v);
  void LowerCopy(const ir::Value* v);
  void LowerPrint(const ir::Value* v);
  void LowerRange(const ir::Value* v);
  void LowerNext(const ir::Value* v);

  ModuleLowering& m_;
  const ir::Function& fn_;
  llvm::Function* llfn_;
  llvm::IRBuilder<> b_;
  llvm::BasicBlock* alloca_block_ = nullptr;
  std::vector<llvm::Value*> values_;          // by IR value id
  std::vector<bool> fused_concat_;            // by IR value id: a concatenation its user lowers
  std::vector<llvm::BasicBlock*> blocks_;     // by IR block id
  std::vector<llvm::BasicBlock*> exit_blocks_;  // by IR block id: where its terminator is
  llvm::Value* frame_ = nullptr;              // the gocc_frame of a function with defers
  llvm::Value* context_ = nullptr;            // the hidden first argument
  std::vector<llvm::Value*> out_ptrs_;        // by result index: an indirect result's out pointer
};

}  // namespace gocc::codegen
