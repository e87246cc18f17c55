// Arithmetic, comparisons and conversions with Go's semantics:
//
// - integer / and % branch to gocc_panic_divide on a zero divisor (kFlagCheck); x / -1 is -x
//   and x % -1 is 0 (LLVM's sdiv would trap on MinInt / -1), done with selects;
// - shifts: counts of the operand's width or more give 0 (<<, unsigned >>) or the sign (signed
//   >>); a signed count is checked for < 0 (gocc_panic_shift);
// - == and != work on every comparable type: numbers and pointers directly, strings through
//   gocc_eqstring (ordering through gocc_cmpstring), interfaces through gocc_efaceeq /
//   gocc_ifaceeq (a comparison with the nil constant only tests the tab word), structs and
//   arrays field by field (small ones unrolled, large ones through the type's runtime `equal`);
// - complex numbers are {re, im} pairs; division calls gocc_complex128div.
#include <llvm/IR/Intrinsics.h>

#include "codegen/abi.h"
#include "codegen/lower.h"
#include "ir/typeutil.h"
#include "lexer/lexer.h"

namespace gocc::codegen {

using ir::BinaryOp;
using types::BasicKind;

namespace {

auto BasicOf(const types::Type* t) -> const types::Basic* { return types::As<types::Basic>(types::Underlying(t)); }
auto IsFloatT(const types::Type* t) -> bool {
  const auto* b = BasicOf(t);
  return b != nullptr && (b->basic == BasicKind::Float32 || b->basic == BasicKind::Float64 || b->basic == BasicKind::UntypedFloat);
}
auto IsComplexT(const types::Type* t) -> bool {
  const auto* b = BasicOf(t);
  return b != nullptr && (b->basic == BasicKind::Complex64 || b->basic == BasicKind::Complex128 || b->basic == BasicKind::UntypedComplex);
}
auto IsIntT(const types::Type* t) -> bool {
  const auto* b = BasicOf(t);
  return b != nullptr && ((b->basic >= BasicKind::Int && b->basic <= BasicKind::Uintptr) ||
                          b->basic == BasicKind::UntypedInt || b->basic == BasicKind::UntypedRune);
}
auto IsSignedT(const types::Type* t) -> bool {
  const auto* b = BasicOf(t);
  return b != nullptr && ((b->basic >= BasicKind::Int && b->basic <= BasicKind::Int64) ||
                          b->basic == BasicKind::UntypedInt || b->basic == BasicKind::UntypedRune);
}

}  // namespace

auto FunctionLowering::IntBinOp(BinaryOp op, llvm::Value* x, llvm::Value* y, const types::Type* t,
                                const types::Type* count_type, bool check) -> llvm::Value* {
  bool is_signed = IsSignedT(t);
  llvm::Type* type = x->getType();
  switch (op) {
    case BinaryOp::Add: return b_.CreateAdd(x, y);
    case BinaryOp::Sub: return b_.CreateSub(x, y);
    case BinaryOp::Mul: return b_.CreateMul(x, y);
    case BinaryOp::And: return b_.CreateAnd(x, y);
    case BinaryOp::Or: return b_.CreateOr(x, y);
    case BinaryOp::Xor: return b_.CreateXor(x, y);
    case BinaryOp::AndNot: return b_.CreateAnd(x, b_.CreateNot(y));
    case BinaryOp::Div:
    case BinaryOp::Rem: {
      llvm::Value* zero = llvm::ConstantInt::get(type, 0);
      if (check) PanicIf(b_.CreateICmpEQ(y, zero), [&] { CallRuntime("gocc_panic_divide", {}); });
      if (!is_signed) return op == BinaryOp::Div ? b_.CreateUDiv(x, y) : b_.CreateURem(x, y);
      llvm::Value* minus_one = b_.CreateICmpEQ(y, llvm::ConstantInt::getSigned(type, -1));
      llvm::Value* safe_y = b_.CreateSelect(minus_one, llvm::ConstantInt::get(type, 1), y);
      if (op == BinaryOp::Div) return b_.CreateSelect(minus_one, b_.CreateNeg(x), b_.CreateSDiv(x, safe_y));
      return b_.CreateSelect(minus_one, zero, b_.CreateSRem(x, safe_y));
    }
    case BinaryOp::Shl:
    case BinaryOp::Shr: {
      unsigned width = type->getIntegerBitWidth();
      llvm::Value* count = y;
      if (check && IsSignedT(count_type)) {
        PanicIf(b_.CreateICmpSLT(count, llvm::ConstantInt::get(count->getType(), 0)),
                [&] { CallRuntime("gocc_panic_shift", {}); });
      }
      // Compare in the wider of the two types so no count bits are lost.
      llvm::Type* wide = count->getType()->getIntegerBitWidth() > width ? count->getType() : type;
      llvm::Value* wide_count = count->getType() == wide ? count : b_.CreateZExt(count, wide);
      llvm::Value* big = b_.CreateICmpUGE(wide_count, llvm::ConstantInt::get(wide, width));
      llvm::Value* amount = count->getType() == type ? count : b_.CreateZExtOrTrunc(count, type);
      llvm::Value* max_amount = llvm::ConstantInt::get(type, width - 1);
      if (op == BinaryOp::Shl) return b_.CreateSelect(big, llvm::ConstantInt::get(type, 0), b_.CreateShl(x, b_.CreateSelect(big, max_amount, amount)));
      if (is_signed) return b_.CreateAShr(x, b_.CreateSelect(big, max_amount, amount));
      return b_.CreateSelect(big, llvm::ConstantInt::get(type, 0), b_.CreateLShr(x, b_.CreateSelect(big, max_amount, amount)));
    }
    default: return nullptr;
  }
}

auto FunctionLowering::MapElemOp(BinaryOp op, llvm::Value* x, llvm::Value* y, const types::Type* t)
    -> llvm::Value* {
  if (IsFloatT(t)) {
    switch (op) {
      case BinaryOp::Add: return b_.CreateFAdd(x, y);
      case BinaryOp::Sub: return b_.CreateFSub(x, y);
      case BinaryOp::Mul: return b_.CreateFMul(x, y);
      default: break;
    }
  }
  llvm::Value* r = IntBinOp(op, x, y, t, t, /*check=*/false);
  if (r == nullptr) {
    m_.Error(fn_.name() + ": cannot lower map op-assignment " + std::string(ir::BinaryOpText(op)));
    r = llvm::PoisonValue::get(x->getType());
  }
  return r;
}

auto FunctionLowering::ComplexBinOp(BinaryOp op, llvm::Value* x, llvm::Value* y, const types::Type* t)
    -> llvm::Value* {
  llvm::Value* a = b_.CreateExtractValue(x, {0});
  llvm::Value* b = b_.CreateExtractValue(x, {1});
  llvm::Value* c = b_.CreateExtractValue(y, {0});
  llvm::Value* d = b_.CreateExtractValue(y, {1});
  llvm::Value* re = nullptr;
  llvm::Value* im = nullptr;
  switch (op) {
    case BinaryOp::Add: re = b_.CreateFAdd(a, c); im = b_.CreateFAdd(b, d); break;
    case BinaryOp::Sub: re = b_.CreateFSub(a, c); im = b_.CreateFSub(b, d); break;
    case BinaryOp::Mul:
      re = b_.CreateFSub(b_.CreateFMul(a, c), b_.CreateFMul(b, d));
      im = b_.CreateFAdd(b_.CreateFMul(a, d), b_.CreateFMul(b, c));
      break;
    case BinaryOp::Div: {
      llvm::Type* part = a->getType();
      auto widen = [&](llvm::Value* v) { return part == m_.types().f64 ? v : b_.CreateFPExt(v, m_.types().f64); };
      auto* out = EntryAlloca(llvm::ArrayType::get(m_.types().f64, 2), 8, "cdiv");
      CallRuntime("gocc_complex128div", {out, widen(a), widen(b), widen(c), widen(d)});
      re = b_.CreateLoad(m_.types().f64, out);
      im = b_.CreateLoad(m_.types().f64, b_.CreateConstGEP1_64(m_.types().f64, out, 1));
      if (part != m_.types().f64) {
        re = b_.CreateFPTrunc(re, part);
        im = b_.CreateFPTrunc(im, part);
      }
      break;
    }
    default: return nullptr;
  }
  llvm::Value* r = llvm::PoisonValue::get(T(t));
  r = b_.CreateInsertValue(r, re, {0});
  return b_.CreateInsertValue(r, im, {1});
}

auto FunctionLowering::Compare(BinaryOp op, llvm::Value* x, llvm::Value* y, const types::Type* t) -> llvm::Value* {
  const types::Type* u = types::Underlying(t);
  bool eq = op == BinaryOp::Eq;
  auto negate_if_ne = [&](llvm::Value* r) { return op == BinaryOp::Ne ? b_.CreateNot(r) : r; };
  if (IsFloatT(u)) {
    static constexpr llvm::CmpInst::Predicate kPred[] = {llvm::CmpInst::FCMP_OEQ, llvm::CmpInst::FCMP_UNE,
                                                         llvm::CmpInst::FCMP_OLT, llvm::CmpInst::FCMP_OLE,
                                                         llvm::CmpInst::FCMP_OGT, llvm::CmpInst::FCMP_OGE};
    return b_.CreateFCmp(kPred[static_cast<int>(op) - static_cast<int>(BinaryOp::Eq)], x, y);
  }
  if (IsComplexT(u)) {
    llvm::Value* r = b_.CreateAnd(b_.CreateFCmpOEQ(b_.CreateExtractValue(x, {0}), b_.CreateExtractValue(y, {0})),
                                  b_.CreateFCmpOEQ(b_.CreateExtractValue(x, {1}), b_.CreateExtractValue(y, {1})));
    return negate_if_ne(r);
  }
  if (ir::IsStringType(u)) {
    llvm::Value* p1 = b_.CreateExtractValue(x, {0});
    llvm::Value* n1 = b_.CreateExtractValue(x, {1});
    llvm::Value* p2 = b_.CreateExtractValue(y, {0});
    llvm::Value* n2 = b_.CreateExtractValue(y, {1});
    if (op == BinaryOp::Eq || op == BinaryOp::Ne) return negate_if_ne(CallRuntime("gocc_eqstring", {p1, n1, p2, n2}));
    llvm::Value* c = CallRuntime("gocc_cmpstring", {p1, n1, p2, n2});
    return Compare(op, c, b_.getInt64(0), m_.program().Int());
  }
  if (const auto* iface = types::As<types::Interface>(u)) {
    bool empty = InterfaceMethods(iface).empty();
    llvm::Value* r = CallRuntime(empty ? "gocc_efaceeq" : "gocc_ifaceeq",
                                 {b_.CreateExtractValue(x, {0}), b_.CreateExtractValue(x, {1}),
                                  b_.CreateExtractValue(y, {0}), b_.CreateExtractValue(y, {1})});
    return negate_if_ne(r);
  }
  if (const auto* st = types::As<types::Struct>(u)) {
    if (st->fields.size() > 16 || IsIndirect(t)) {
      auto* type = llvm::FunctionType::get(m_.types().i1, {m_.types().ptr, m_.types().ptr, m_.types().ptr}, false);
      llvm::Value* r = b_.CreateCall(m_.RuntimeByShape("gocc_equal_struct", type),
                                     {Spill(x, t), Spill(y, t), m_.TypeDescriptor(t)});
      return negate_if_ne(r);
    }
    llvm::Value* r = b_.getTrue();
    for (size_t i = 0; i < st->fields.size(); ++i) {
      if (st->fields[i].name == "_") continue;
      unsigned index = m_.types().FieldIndex(st, static_cast<int>(i));
      r = b_.CreateAnd(r, Compare(BinaryOp::Eq, b_.CreateExtractValue(x, {index}), b_.CreateExtractValue(y, {index}),
                                  st->fields[i].type));
    }
    return negate_if_ne(r);
  }
  if (const auto* arr = types::As<types::Array>(u)) {
    llvm::Value* r = b_.getTrue();
    if (arr->len <= 16 && !IsIndirect(t)) {
      for (unsigned i = 0; i < arr->len; ++i) {
        r = b_.CreateAnd(r, Compare(BinaryOp::Eq, b_.CreateExtractValue(x, {i}), b_.CreateExtractValue(y, {i}), arr->elem));
      }
    } else {
      auto* type = llvm::FunctionType::get(m_.types().i1, {m_.types().ptr, m_.types().ptr, m_.types().ptr}, false);
      r = b_.CreateCall(m_.RuntimeByShape("gocc_equal_array", type), {Spill(x, t), Spill(y, t), m_.TypeDescriptor(t)});
    }
    return negate_if_ne(r);
  }
  // Integers, bools, pointers, maps, chans, funcs, unsafe.Pointer.
  bool is_signed = IsSignedT(u);
  switch (op) {
    case BinaryOp::Eq: return b_.CreateICmpEQ(x, y);
    case BinaryOp::Ne: return b_.CreateICmpNE(x, y);
    case BinaryOp::Lt: return is_signed ? b_.CreateICmpSLT(x, y) : b_.CreateICmpULT(x, y);
    case BinaryOp::Le: return is_signed ? b_.CreateICmpSLE(x, y) : b_.CreateICmpULE(x, y);
    case BinaryOp::Gt: return is_signed ? b_.CreateICmpSGT(x, y) : b_.CreateICmpUGT(x, y);
    case BinaryOp::Ge: return is_signed ? b_.CreateICmpSGE(x, y) : b_.CreateICmpUGE(x, y);
    default: (void)eq; return nullptr;
  }
}

void FunctionLowering::MarkFusedConcats() {
  std::vector<uint32_t> uses(fn_.num_values(), 0);
  std::vector<const ir::Value*> user(fn_.num_values(), nullptr);
  for (const auto& b : fn_.blocks()) {
    for (const ir::Value* v : b->instrs) {
      for (const ir::Value* op : v->Operands()) {
        if (op == nullptr || !op->IsInstruction()) continue;  // globals and functions are shared
        ++uses[op->id];
        user[op->id] = v;
      }
    }
  }
  fused_concat_.assign(fn_.num_values(), false);
  for (const auto& b : fn_.blocks()) {
    for (const ir::Value* v : b->instrs) {
      if (ir::IsStringConcat(v) && uses[v->id] == 1 && ir::IsStringConcat(user[v->id])) fused_concat_[v->id] = true;
    }
  }
}

void FunctionLowering::ConcatOperands(const ir::Value* v, std::vector<llvm::Value*>& parts) {
  for (const ir::Value* op : v->Operands()) {
    if (op->IsInstruction() && fused_concat_[op->id]) {
      ConcatOperands(op, parts);
    } else {
      parts.push_back(Get(op));
    }
  }
}

void FunctionLowering::LowerConcat(const ir::Value* v) {
  if (fused_concat_[v->id]) return;  // its user concatenates its operands
  std::vector<llvm::Value*> parts;
  ConcatOperands(v, parts);
  // A result that does not escape may live in a 32-byte buffer in the frame, one per site, as
  // gc's tmpBuf (escape analysis has made every result that outlives an iteration escape).
  llvm::Value* buf = llvm::Constant::getNullValue(m_.types().ptr);
  if (!v->Has(ir::kFlagHeap)) buf = EntryAlloca(llvm::ArrayType::get(b_.getInt8Ty(), 32), 8, "concat.buf");
  llvm::Type* string_type = parts[0]->getType();
  llvm::AllocaInst* array = EntryAlloca(llvm::ArrayType::get(string_type, parts.size()), 8, "concat.parts");
  for (size_t i = 0; i < parts.size(); ++i) {
    b_.CreateStore(parts[i], b_.CreateConstInBoundsGEP2_32(array->getAllocatedType(), array, 0, static_cast<unsigned>(i)));
  }
  Set(v, CallRuntime("gocc_concatstrings_buf", {buf, array, b_.getInt64(static_cast<int64_t>(parts.size()))}));
}

void FunctionLowering::LowerBinOp(const ir::Value* v) {
  const ir::Value* xv = v->Operand(0);
  const ir::Value* yv = v->Operand(1);
  const types::Type* t = xv->type;
  BinaryOp op = v->binop();
  if (ir::IsComparison(op)) {
    // x == nil for slices, maps, funcs, pointers and interfaces tests one word.
    const ir::Value* nil = yv->op == ir::Op::ConstNil ? yv : xv->op == ir::Op::ConstNil ? xv : nullptr;
    const ir::Value* other = nil == yv ? xv : yv;
    if (nil != nullptr && (op == BinaryOp::Eq || op == BinaryOp::Ne)) {
      llvm::Value* word = Get(other);
      if (word->getType()->isStructTy()) word = b_.CreateExtractValue(word, {0});
      llvm::Value* is_nil = b_.CreateIsNull(word);
      Set(v, op == BinaryOp::Eq ? is_nil : b_.CreateNot(is_nil));
      return;
    }
    // Ordering of strings compares gocc_cmpstring's result with 0 as a signed int.
    if (ir::IsStringType(t) && op != BinaryOp::Eq && op != BinaryOp::Ne) {
      llvm::Value* x = Get(xv);
      llvm::Value* y = Get(yv);
      llvm::Value* c = CallRuntime("gocc_cmpstring", {b_.CreateExtractValue(x, {0}), b_.CreateExtractValue(x, {1}),
                                                       b_.CreateExtractValue(y, {0}), b_.CreateExtractValue(y, {1})});
      Set(v, Compare(op, c, b_.getInt64(0), m_.program().Int()));
      return;
    }
    Set(v, Compare(op, Get(xv), Get(yv), t));
    return;
  }
  if (ir::IsStringType(t)) {
    LowerConcat(v);
    return;
  }
  llvm::Value* x = Get(xv);
  llvm::Value* y = Get(yv);
  if (IsComplexT(t)) {
    Set(v, ComplexBinOp(op, x, y, t));
    return;
  }
  if (IsFloatT(t)) {
    switch (op) {
      case BinaryOp::Add: Set(v, b_.CreateFAdd(x, y)); return;
      case BinaryOp::Sub: Set(v, b_.CreateFSub(x, y)); return;
      case BinaryOp::Mul: Set(v, b_.CreateFMul(x, y)); return;
      case BinaryOp::Div: Set(v, b_.CreateFDiv(x, y)); return;
      default: break;
    }
  }
  llvm::Value* r = IntBinOp(op, x, y, t, yv->type, v->Has(ir::kFlagCheck));
  if (r == nullptr) {
    m_.Error(fn_.name() + ": cannot lower binop " + std::string(ir::BinaryOpText(op)));
    r = llvm::PoisonValue::get(T(v->type));
  }
  Set(v, r);
}

void FunctionLowering::LowerUnOp(const ir::Value* v) {
  llvm::Value* x = Get(v->Operand(0));
  const types::Type* t = v->Operand(0)->type;
  switch (v->unop()) {
    case ir::UnaryOp::Neg:
      if (IsComplexT(t)) {
        llvm::Value* r = b_.CreateInsertValue(x, b_.CreateFNeg(b_.CreateExtractValue(x, {0})), {0});
        Set(v, b_.CreateInsertValue(r, b_.CreateFNeg(b_.CreateExtractValue(x, {1})), {1}));
      } else {
        Set(v, IsFloatT(t) ? b_.CreateFNeg(x) : b_.CreateNeg(x));
      }
      return;
    case ir::UnaryOp::Not:
    case ir::UnaryOp::Complement: Set(v, b_.CreateNot(x)); return;
  }
}

void FunctionLowering::LowerComplexPart(const ir::Value* v) {
  if (v->op == ir::Op::MakeComplex) {
    llvm::Value* r = llvm::PoisonValue::get(T(v->type));
    r = b_.CreateInsertValue(r, Get(v->Operand(0)), {0});
    Set(v, b_.CreateInsertValue(r, Get(v->Operand(1)), {1}));
    return;
  }
  Set(v, b_.CreateExtractValue(Get(v->Operand(0)), {v->op == ir::Op::Real ? 0u : 1u}));
}

// []byte("...") and []rune("...") of a constant string, as gc compiles them: an array of exactly
// the string's bytes (on the stack unless it escapes; an escaping []byte goes through the
// runtime, size-class capacity and all), or the []rune{...} literal of its runes.
void FunctionLowering::LowerLiteralConvert(const ir::Value* v, bool bytes) {
  std::string_view s = v->Operand(0)->str();
  bool heap = v->Has(ir::kFlagHeap);
  if (bytes && heap) {
    llvm::Value* x = Get(v->Operand(0));
    llvm::Value* n = b_.CreateExtractValue(x, {1});
    llvm::Value* pc = CallRuntime("gocc_stringtoslicebyte",
                                  {llvm::ConstantPointerNull::get(llvm::PointerType::get(m_.ctx(), 0)),
                                   b_.CreateExtractValue(x, {0}), n});
    Set(v, MakeSliceValue(b_.CreateExtractValue(pc, {0}), n, b_.CreateExtractValue(pc, {1})));
    return;
  }
  llvm::Constant* data;
  uint64_t count;
  if (bytes) {
    count = s.size();
    data = llvm::ConstantDataArray::getString(m_.ctx(), llvm::StringRef(s.data(), s.size()), false);
  } else {
    std::vector<uint32_t> runes;
    for (size_t k = 0; k < s.size();) {
      lex::DecodedRune r = lex::DecodeRune(s.data() + k, s.data() + s.size());
      runes.push_back(r.rune);
      k += r.width;
    }
    count = runes.size();
    data = llvm::ConstantDataArray::get(m_.ctx(), runes);
  }
  uint64_t elem_size = bytes ? 1 : 4;
  uint64_t size = count * elem_size;
  llvm::Value* p;
  if (heap) {
    p = CallRuntime("gocc_alloc", {b_.getInt64(size), llvm::ConstantPointerNull::get(llvm::PointerType::get(m_.ctx(), 0))});
  } else {
    p = EntryAlloca(llvm::ArrayType::get(bytes ? m_.types().i8 : m_.types().i32, std::max<uint64_t>(count, 1)), 4, "lit");
  }
  if (size > 0) {
    auto* g = new llvm::GlobalVariable(m_.module(), data->getType(), true, llvm::GlobalValue::PrivateLinkage, data, "lit");
    g->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    b_.CreateMemCpy(p, llvm::MaybeAlign(bytes ? 1 : 4), g, llvm::MaybeAlign(bytes ? 1 : 4), size);
  }
  Set(v, MakeSliceValue(p, b_.getInt64(count), b_.getInt64(count)));
}

void FunctionLowering::LowerConvert(const ir::Value* v) {
  const types::Type* from = types::Underlying(v->Operand(0)->type);
  const types::Type* to = types::Underlying(v->type);
  llvm::Value* x = Get(v->Operand(0));
  llvm::Type* target = T(to);
  auto byte_slice = [](const types::Type* t, BasicKind k) {
    const auto* s = types::As<types::Slice>(t);
    const auto* e = s != nullptr ? BasicOf(s->elem) : nullptr;
    return e != nullptr && e->basic == k;
  };
  // A conversion whose result does not escape gets a stack buffer (gc's tmpBuf).
  auto buffer = [&](llvm::Type* elem, uint64_t n) -> llvm::Value* {
    if (v->Has(ir::kFlagHeap)) return llvm::ConstantPointerNull::get(llvm::PointerType::get(m_.ctx(), 0));
    return EntryAlloca(llvm::ArrayType::get(elem, n), 8, "convbuf");
  };
  constexpr uint64_t kBuf = 32;  // GOCC_CONVERT_BUF
  if (ir::IsStringType(to)) {
    if (IsIntT(from)) {
      Set(v, CallRuntime("gocc_intstring", {buffer(m_.types().i8, 4), ToInt64(x, from)}));
    } else if (byte_slice(from, BasicKind::Uint8)) {
      Set(v, CallRuntime("gocc_slicebytetostring", {buffer(m_.types().i8, kBuf), b_.CreateExtractValue(x, {0}),
                                                    b_.CreateExtractValue(x, {1})}));
    } else if (byte_slice(from, BasicKind::Int32)) {
      Set(v, CallRuntime("gocc_slicerunetostring", {buffer(m_.types().i8, kBuf), b_.CreateExtractValue(x, {0}),
                                                    b_.CreateExtractValue(x, {1})}));
    } else {
      Set(v, x);  // string -> string
    }
    return;
  }
  if (ir::IsStringType(from) && v->Has(ir::kFlagLiteral) && v->Operand(0)->op == ir::Op::ConstString) {
    LowerLiteralConvert(v, byte_slice(to, BasicKind::Uint8));
    return;
  }
  if (ir::IsStringType(from)) {
    llvm::Value* p = b_.CreateExtractValue(x, {0});
    llvm::Value* n = b_.CreateExtractValue(x, {1});
    if (byte_slice(to, BasicKind::Uint8)) {
      llvm::Value* pc = CallRuntime("gocc_stringtoslicebyte", {buffer(m_.types().i8, kBuf), p, n});
      Set(v, MakeSliceValue(b_.CreateExtractValue(pc, {0}), n, b_.CreateExtractValue(pc, {1})));
    } else {
      auto* out = EntryAlloca(m_.types().slice_type, 8, "runes");
      CallRuntime("gocc_stringtoslicerune", {out, buffer(m_.types().i32, kBuf), p, n});
      Set(v, b_.CreateLoad(m_.types().slice_type, out));
    }
    return;
  }
  if (types::As<types::Slice>(from) != nullptr && ir::PointerElem(to) != nullptr) {
    // Slice to array pointer (Go 1.17): the slice must be long enough.
    const auto* arr = types::As<types::Array>(types::Underlying(ir::PointerElem(to)));
    llvm::Value* len = b_.CreateExtractValue(x, {1});
    llvm::Value* n = b_.getInt64(static_cast<uint64_t>(arr->len));
    PanicIf(b_.CreateICmpULT(len, n), [&] {
      CallRuntime("gocc_panic_bounds", {n, len, b_.getInt64(abi::kBoundsConvert), b_.getInt64(1)});
    });
    Set(v, b_.CreateExtractValue(x, {0}));
    return;
  }
  llvm::Type* source = x->getType();
  if (source == target) {
    Set(v, x);
    return;
  }
  if (source->isPointerTy() && target->isIntegerTy()) {
    Set(v, b_.CreatePtrToInt(x, target));
  } else if (source->isIntegerTy() && target->isPointerTy()) {
    Set(v, b_.CreateIntToPtr(x, target));
  } else if (source->isIntegerTy() && target->isIntegerTy()) {
    Set(v, IsSignedT(from) ? b_.CreateSExtOrTrunc(x, target) : b_.CreateZExtOrTrunc(x, target));
  } else if (source->isIntegerTy() && target->isFloatingPointTy()) {
    Set(v, IsSignedT(from) ? b_.CreateSIToFP(x, target) : b_.CreateUIToFP(x, target));
  } else if (source->isFloatingPointTy() && target->isIntegerTy()) {
    // Out-of-range conversions are implementation-defined in Go; freeze keeps LLVM from
    // treating them as poison.
    Set(v, b_.CreateFreeze(IsSignedT(to) ? b_.CreateFPToSI(x, target) : b_.CreateFPToUI(x, target)));
  } else if (source->isFloatingPointTy() && target->isFloatingPointTy()) {
    Set(v, b_.CreateFPCast(x, target));
  } else if (IsComplexT(from) && IsComplexT(to)) {
    auto* st = llvm::cast<llvm::StructType>(target);
    llvm::Value* r = llvm::PoisonValue::get(target);
    r = b_.CreateInsertValue(r, b_.CreateFPCast(b_.CreateExtractValue(x, {0}), st->getElementType(0)), {0});
    Set(v, b_.CreateInsertValue(r, b_.CreateFPCast(b_.CreateExtractValue(x, {1}), st->getElementType(1)), {1}));
  } else {
    m_.Error(fn_.name() + ": cannot lower conversion to " + RuntimeTypeString(v->type));
    Set(v, llvm::PoisonValue::get(target));
  }
}

}  // namespace gocc::codegen
