// The runtime entry points codegen calls, with their LLVM signatures, from runtime/goccrt.h.
//
// Each row spells a C prototype in one letter per type: v void, p pointer, i int64, w int32,
// b C bool (zeroext i1), d double, s gocc_string {ptr, i64}, c gocc_ptrcap {ptr, i64},
// a gocc_pair {i64, i64}, e gocc_iface {ptr, ptr}. Two-word structs come back in RAX:RDX, which
// is what LLVM does for a returned first-class {i64/ptr, i64/ptr} on x86-64. `noreturn` rows
// get the attribute so the optimizer knows the panic paths end.
#include <llvm/IR/Attributes.h>

#include "codegen/lower.h"

namespace gocc::codegen {

namespace {

struct RuntimeDecl {
  const char* name;
  const char* result;
  const char* params;
  bool noreturn;
};

constexpr RuntimeDecl kRuntime[] = {
    {"gocc_alloc", "p", "ip", false},
    {"gocc_makeslice", "p", "pii", false},
    {"gocc_growslice", "c", "ppiii", false},
    {"gocc_memmove", "v", "ppi", false},
    {"gocc_concatstrings_buf", "s", "ppi", false},
    {"gocc_cmpstring", "i", "pipi", false},
    {"gocc_eqstring", "b", "pipi", false},
    {"gocc_slicebytetostring", "s", "ppi", false},
    {"gocc_stringtoslicebyte", "c", "ppi", false},
    {"gocc_stringtoslicerune", "v", "pppi", false},
    {"gocc_slicerunetostring", "s", "ppi", false},
    {"gocc_intstring", "s", "pi", false},
    {"gocc_decoderune", "a", "pii", false},
    {"gocc_makemap", "p", "pi", false},
    {"gocc_maplen", "i", "p", false},
    {"gocc_mapaccess1", "p", "ppp", false},
    {"gocc_mapaccess2", "p", "ppp", false},
    {"gocc_mapassign", "p", "ppp", false},
    {"gocc_mapdelete", "v", "ppp", false},
    {"gocc_mapiterinit", "v", "ppp", false},
    {"gocc_mapiternext", "v", "p", false},
    {"gocc_convT", "p", "pp", false},
    {"gocc_convT64", "p", "i", false},
    {"gocc_convTstring", "p", "pi", false},
    {"gocc_getitab", "p", "pp", false},
    {"gocc_assertE2I", "p", "pp", false},
    {"gocc_assertE2I2", "p", "pp", false},
    {"gocc_panic_dottype", "v", "ppp", true},
    {"gocc_efaceeq", "b", "pppp", false},
    {"gocc_ifaceeq", "b", "pppp", false},
    {"gocc_frame_push", "v", "p", false},
    {"gocc_defer", "v", "pp", false},
    {"gocc_frame_return", "v", "p", false},
    {"gocc_frame_landing", "v", "p", false},
    {"gocc_recover", "e", "p", false},
    {"gocc_defer_wrapper", "v", "p", false},
    {"gocc_panic", "v", "pp", true},
    {"gocc_panic_bounds", "v", "iiii", true},
    {"gocc_panic_index", "v", "ii", true},
    {"gocc_panic_divide", "v", "", true},
    {"gocc_panic_shift", "v", "", true},
    {"gocc_panic_mem", "v", "", true},
    {"gocc_throw", "v", "p", true},
    {"gocc_panic_nilcheck", "v", "", true},
    {"gocc_panic_nilmap", "v", "", true},
    {"gocc_printlock", "v", "", false},
    {"gocc_printunlock", "v", "", false},
    {"gocc_printbool", "v", "b", false},
    {"gocc_printint", "v", "i", false},
    {"gocc_printuint", "v", "i", false},
    {"gocc_printfloat", "v", "d", false},
    {"gocc_printcomplex", "v", "dd", false},
    {"gocc_printstring", "v", "pi", false},
    {"gocc_printpointer", "v", "p", false},
    {"gocc_printslice", "v", "pii", false},
    {"gocc_printeface", "v", "pp", false},
    {"gocc_printiface", "v", "pp", false},
    {"gocc_printsp", "v", "", false},
    {"gocc_printnl", "v", "", false},
    {"gocc_complex128div", "v", "pdddd", false},
};

auto Letter(TypeLowering& t, llvm::LLVMContext& ctx, char c) -> llvm::Type* {
  switch (c) {
    case 'v': return llvm::Type::getVoidTy(ctx);
    case 'p': return t.ptr;
    case 'i': return t.i64;
    case 'w': return t.i32;
    case 'b': return t.i1;
    case 'd': return t.f64;
    case 's': return t.string_type;
    case 'c': return llvm::StructType::get(ctx, {t.ptr, t.i64});
    case 'a': return t.pair_type;
    case 'e': return t.iface_type;
    default: return nullptr;
  }
}

}  // namespace

auto ModuleLowering::Runtime(std::string_view name) -> llvm::FunctionCallee {
  if (llvm::Function* f = module_.getFunction(name)) return {f->getFunctionType(), f};
  for (const RuntimeDecl& d : kRuntime) {
    if (name != d.name) continue;
    std::vector<llvm::Type*> params;
    for (const char* p = d.params; *p != '\0'; ++p) params.push_back(Letter(*types_, ctx_, *p));
    auto* type = llvm::FunctionType::get(Letter(*types_, ctx_, d.result[0]), params, false);
    auto* f = llvm::Function::Create(type, llvm::Function::ExternalLinkage, name, module_);
    if (d.noreturn) {
      f->addFnAttr(llvm::Attribute::NoReturn);
      f->addFnAttr(llvm::Attribute::Cold);
    }
    f->addFnAttr(llvm::Attribute::NoUnwind);
    for (unsigned i = 0; i < params.size(); ++i) {
      if (params[i] == types_->i1) f->addParamAttr(i, llvm::Attribute::ZExt);
    }
    if (type->getReturnType() == types_->i1) f->addRetAttr(llvm::Attribute::ZExt);
    return {type, f};
  }
  Error("codegen: unknown runtime function " + std::string(name));
  auto* type = llvm::FunctionType::get(llvm::Type::getVoidTy(ctx_), {}, false);
  return module_.getOrInsertFunction(name, type);
}

auto ModuleLowering::RuntimeByShape(std::string_view name, llvm::FunctionType* type) -> llvm::FunctionCallee {
  if (llvm::Function* f = module_.getFunction(name)) return {f->getFunctionType(), f};
  for (const RuntimeDecl& d : kRuntime) {
    if (name == d.name) return Runtime(name);
  }
  // Not one of the runtime's own entry points: a C hook of a body-less standard library
  // function (gocc_<pkg>_<name>). Weak, so a program links even when a hook it never calls is
  // missing from the runtime.
  bool hook = !name.starts_with("gocc_equal_");
  auto* f = llvm::Function::Create(type, hook ? llvm::Function::ExternalWeakLinkage : llvm::Function::ExternalLinkage,
                                   name, module_);
  f->addFnAttr(llvm::Attribute::NoUnwind);
  return {type, f};
}

}  // namespace gocc::codegen
