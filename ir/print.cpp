// The printer. The format follows go/ssa's (golang.org/x/tools/go/ssa) with block labels b<N>:
//
//   func main.sum(s []int) int
//   b0: entry
//           t3 = len(s) [int]
//           jump b1
//   b1: for.loop  ; preds b0 b2
//           t5 = phi [b0: 0:int, b2: t9] [int]
//
// Values with a result print as "tN = <instr> [type]" (N is the value's id), others as
// "<instr>". Operands print as their name (tN, parameters and free variables by name, functions
// and globals by qualified name) or, for constants, as value:type.
#include "ir/print.h"

#include <cstdio>
#include <sstream>

#include "ir/typeutil.h"
#include "typecheck/typestring.h"

namespace gocc::ir {

auto TypeText(const types::Type* t) -> std::string {
  if (t == nullptr) return "()";
  if (const auto* tuple = types::As<Tuple>(t)) {
    std::string s = "(";
    for (size_t i = 0; i < tuple->elems.size(); ++i) {
      if (i > 0) s += ", ";
      s += TypeText(tuple->elems[i]);
    }
    return s + ")";
  }
  return types::TypeString(t);
}

namespace {

auto Quote(std::string_view s) -> std::string {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

auto FloatText(double f) -> std::string {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g", f);
  return buf;
}

auto Join(std::span<Value* const> values) -> std::string {
  std::string s;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) s += ", ";
    s += OperandText(values[i]);
  }
  return s;
}

auto IsUnsignedType(const types::Type* t) -> bool {
  const auto* b = types::As<types::Basic>(Under(t));
  return b != nullptr && b->basic >= types::BasicKind::Uint && b->basic <= types::BasicKind::Uintptr;
}

auto FieldName(const types::Type* struct_type, int64_t i) -> std::string {
  const auto* st = StructOf(struct_type);
  if (st == nullptr || i < 0 || static_cast<size_t>(i) >= st->fields.size()) return "?";
  return std::string(st->fields[i].name);
}

auto CallText(const Value* v, size_t first_arg) -> std::string {
  auto args = v->Operands().subspan(first_arg);
  switch (v->call_kind()) {
    case CallKind::Static:
    case CallKind::Closure:
      return OperandText(v->Operand(0)) + "(" + Join(args) + ")";
    case CallKind::Invoke:
      return "invoke " + OperandText(v->Operand(0)) + "." + std::string(v->str()) + "(" + Join(args) + ")";
    case CallKind::Runtime:
      return "runtime " + std::string(v->str()) + "(" + Join(args) + ")";
  }
  return "?";
}

}  // namespace

auto OperandText(const Value* v) -> std::string {
  if (v == nullptr) return "<nil>";
  switch (v->op) {
    case Op::ConstBool: return std::string(v->aux.i != 0 ? "true" : "false") + ":" + TypeText(v->type);
    case Op::ConstInt:
      return (IsUnsignedType(v->type) ? std::to_string(static_cast<uint64_t>(v->aux.i))
                                      : std::to_string(v->aux.i)) +
             ":" + TypeText(v->type);
    case Op::ConstFloat: return FloatText(v->aux.f) + ":" + TypeText(v->type);
    case Op::ConstComplex: {
      const auto* c = static_cast<const ComplexConst*>(v->aux.p);
      return "(" + FloatText(c->re) + (c->im < 0 ? "" : "+") + FloatText(c->im) + "i):" + TypeText(v->type);
    }
    case Op::ConstString: return Quote(v->str()) + ":" + TypeText(v->type);
    case Op::ConstNil: return "nil:" + TypeText(v->type);
    case Op::ConstZero: return "zero:" + TypeText(v->type);
    case Op::Param:
    case Op::FreeVar:
      return v->str().empty() ? (v->op == Op::Param ? "p" : "fv") + std::to_string(v->aux16)
                              : std::string(v->str());
    case Op::Global: return std::string(v->global()->name);
    case Op::Func: return v->func()->name();
    default: return "t" + std::to_string(v->id);
  }
}

auto InstrText(const Value* v) -> std::string {
  auto ops = v->Operands();
  auto op = [&](size_t i) { return OperandText(v->Operand(i)); };
  switch (v->op) {
    case Op::Alloc:
      return std::string(v->Has(kFlagHeap) ? "new " : "local ") + TypeText(PointerElem(v->type)) +
             " (" + std::string(v->str()) + ")";
    case Op::Load: return "*" + op(0);
    case Op::Store: return "*" + op(0) + " = " + op(1);
    case Op::NilCheck: return "nilcheck " + op(0);
    case Op::FieldAddr:
      return "&" + op(0) + "." + FieldName(PointerElem(v->Operand(0)->type), v->aux.i) + " [#" +
             std::to_string(v->aux.i) + "]";
    case Op::Field:
      return op(0) + "." + FieldName(v->Operand(0)->type, v->aux.i) + " [#" + std::to_string(v->aux.i) + "]";
    case Op::IndexAddr: return "&" + op(0) + "[" + op(1) + "]" + (v->Has(kFlagCheck) ? "" : " nocheck");
    case Op::Index: return op(0) + "[" + op(1) + "]" + (v->Has(kFlagCheck) ? "" : " nocheck");
    case Op::Slice: {
      std::string s = "slice " + op(0) + "[";
      if (ops[1] != nullptr) s += op(1);
      s += ":";
      if (ops[2] != nullptr) s += op(2);
      if (ops[3] != nullptr) s += ":" + op(3);
      return s + "]" + (v->Has(kFlagCheck) ? "" : " nocheck");
    }
    case Op::BinOp: return op(0) + " " + std::string(BinaryOpText(v->binop())) + " " + op(1);
    case Op::UnOp: return std::string(UnaryOpText(v->unop())) + op(0);
    case Op::Convert:
    case Op::ChangeType:
      return std::string(v->op == Op::Convert ? "convert " : "changetype ") + TypeText(v->type) +
             " <- " + TypeText(v->Operand(0)->type) + " (" + op(0) + ")";
    case Op::MakeComplex: return "complex(" + op(0) + ", " + op(1) + ")";
    case Op::Real: return "real(" + op(0) + ")";
    case Op::Imag: return "imag(" + op(0) + ")";
    case Op::MakeInterface:
      return "make " + TypeText(v->type) + " <- " + TypeText(v->Operand(0)->type) + " (" + op(0) + ")";
    case Op::TypeAssert:
      return std::string(v->Has(kFlagCommaOk) ? "typeassert,ok " : "typeassert ") + op(0) + ".(" +
             TypeText(v->asserted_type()) + ")";
    case Op::ChangeInterface:
      return "change interface " + TypeText(v->type) + " <- " + TypeText(v->Operand(0)->type) + " (" + op(0) + ")";
    case Op::MakeClosure: return "make closure " + op(0) + " [" + Join(ops.subspan(1)) + "]";
    case Op::MakeSlice: return "make " + TypeText(v->type) + " " + op(0) + " " + op(1);
    case Op::MakeMap: return "make " + TypeText(v->type) + (ops.empty() ? "" : " " + op(0));
    case Op::MapLookup: return op(0) + "[" + op(1) + "]" + (v->Has(kFlagCommaOk) ? ",ok" : "");
    case Op::MapUpdate:
      if (v->Has(kFlagOpAssign)) return op(0) + "[" + op(1) + "] " + std::string(BinaryOpText(v->binop())) + "= " + op(2);
      return op(0) + "[" + op(1) + "] = " + op(2);
    case Op::MapDelete: return "delete(" + op(0) + ", " + op(1) + ")";
    case Op::Len: return "len(" + op(0) + ")";
    case Op::Cap: return "cap(" + op(0) + ")";
    case Op::Append: return "append(" + Join(ops) + (v->Has(kFlagSpread) ? "...)" : ")");
    case Op::Copy: return "copy(" + op(0) + ", " + op(1) + ")";
    case Op::Call: return CallText(v, v->call_kind() == CallKind::Runtime ? 0 : 1);
    case Op::Defer: return "defer " + CallText(v, v->call_kind() == CallKind::Runtime ? 0 : 1);
    case Op::Extract: return "extract " + op(0) + " #" + std::to_string(v->aux.i);
    case Op::Phi: {
      std::string s = "phi [";
      for (size_t i = 0; i < ops.size(); ++i) {
        if (i > 0) s += ", ";
        s += (v->block != nullptr && i < v->block->preds.size()
                  ? "b" + std::to_string(v->block->preds[i]->id)
                  : std::string("?")) +
             ": " + op(i);
      }
      return s + "]";
    }
    case Op::RunDefers: return "rundefers";
    case Op::Recover: return "recover()";
    case Op::Print: return std::string(v->Has(kFlagNewline) ? "println(" : "print(") + Join(ops) + ")";
    case Op::Range: return "range " + op(0);
    case Op::Next: return std::string(v->Has(kFlagString) ? "next string " : "next map ") + op(0);
    case Op::Jump:
      return "jump " + (v->block != nullptr && !v->block->succs.empty()
                            ? "b" + std::to_string(v->block->succs[0]->id)
                            : std::string("?"));
    case Op::If: {
      auto target = [&](size_t i) {
        return v->block != nullptr && v->block->succs.size() > i
                   ? "b" + std::to_string(v->block->succs[i]->id)
                   : std::string("?");
      };
      return "if " + op(0) + " goto " + target(0) + " else " + target(1);
    }
    case Op::Return: return ops.empty() ? "return" : "return " + Join(ops);
    case Op::Panic: return "panic " + op(0);
    case Op::Unreachable: return "unreachable";
    default: return std::string(OpName(v->op)) + " " + OperandText(v);
  }
}

void Print(const Function& fn, std::ostream& out, const SourceMap* sources) {
  out << "func " << fn.name() << "(";
  for (size_t i = 0; i < fn.params().size(); ++i) {
    if (i > 0) out << ", ";
    out << OperandText(fn.params()[i]) << " " << TypeText(fn.params()[i]->type);
  }
  out << ")";
  auto results = fn.result_types();
  if (results.size() == 1) out << " " << TypeText(results[0]);
  if (results.size() > 1) {
    out << " (";
    for (size_t i = 0; i < results.size(); ++i) out << (i > 0 ? ", " : "") << TypeText(results[i]);
    out << ")";
  }
  if (sources != nullptr && fn.pos().IsValid()) out << "  ; " << sources->Format(fn.pos());
  out << "\n";
  for (const Value* fv : fn.free_vars()) {
    out << "# free " << OperandText(fv) << " " << TypeText(fv->type) << "\n";
  }
  if (fn.IsExternal()) {
    out << "# external\n";
    return;
  }
  for (const auto& b : fn.blocks()) {
    out << "b" << b->id << ":";
    if (!b->comment.empty()) out << " " << b->comment;
    if (!b->preds.empty()) {
      out << "  ; preds";
      for (const Block* p : b->preds) out << " b" << p->id;
    }
    out << "\n";
    for (const Value* v : b->instrs) {
      out << "\t";
      if (v->type != nullptr && (OpShape(v->op) & kShapeValue) != 0) out << "t" << v->id << " = ";
      out << InstrText(v);
      if (v->type != nullptr && (OpShape(v->op) & kShapeValue) != 0) out << " [" << TypeText(v->type) << "]";
      if (sources != nullptr && (OpShape(v->op) & kShapeAllocates) != 0 && v->pos.IsValid()) {
        out << "  ; " << sources->Format(v->pos);
      }
      out << "\n";
    }
  }
}

void Print(const Program& program, std::ostream& out, const SourceMap* sources) {
  for (const GlobalVar* g : program.globals()) {
    out << "var " << g->name << " " << TypeText(g->type) << "\n";
  }
  if (!program.globals().empty()) out << "\n";
  bool first = true;
  for (const auto& fn : program.functions()) {
    if (!first) out << "\n";
    first = false;
    Print(*fn, out, sources);
  }
}

}  // namespace gocc::ir
