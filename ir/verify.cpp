// The verifier (see verify.h for what it checks).
#include "ir/verify.h"

#include <algorithm>
#include <unordered_map>

#include "ir/dom.h"
#include "ir/print.h"
#include "ir/typeutil.h"
#include "typecheck/predicates.h"

namespace gocc::ir {

namespace {

class Verifier {
 public:
  Verifier(const Function& fn, std::vector<std::string>& out) : fn_(fn), out_(out), dom_(fn) {}

  void Run() {
    if (fn_.IsExternal()) return;
    position_.assign(fn_.num_values(), -1);
    for (const auto& b : fn_.blocks()) {
      for (size_t i = 0; i < b->instrs.size(); ++i) {
        const Value* v = b->instrs[i];
        if (v->id < position_.size()) position_[v->id] = static_cast<int32_t>(i);
      }
    }
    for (const auto& b : fn_.blocks()) CheckBlock(*b);
  }

 private:
  template <typename... Args>
  void Error(const Block& b, const Value* v, const Args&... args) {
    std::string msg = fn_.name() + ": b" + std::to_string(b.id) + ": ";
    if (v != nullptr) msg += (v->type != nullptr ? "t" + std::to_string(v->id) : std::string(OpName(v->op))) + ": ";
    (msg.append(args), ...);
    out_.push_back(std::move(msg));
  }

  void CheckBlock(const Block& b) {
    if (b.func != &fn_) Error(b, nullptr, "block belongs to another function");
    if (b.instrs.empty() || !b.instrs.back()->IsTerminator()) {
      Error(b, nullptr, "block does not end in a terminator");
    }
    size_t want_succs = 0;
    if (const Value* t = b.terminator()) want_succs = t->op == Op::Jump ? 1 : t->op == Op::If ? 2 : 0;
    if (b.terminator() != nullptr && b.succs.size() != want_succs) {
      Error(b, nullptr, std::string(OpName(b.terminator()->op)), " with ", std::to_string(b.succs.size()),
            " successors");
    }
    for (const Block* s : b.succs) {
      if (std::count(s->preds.begin(), s->preds.end(), &b) !=
          std::count(b.succs.begin(), b.succs.end(), s)) {
        Error(b, nullptr, "successor b", std::to_string(s->id), " does not list it as predecessor");
      }
    }
    for (const Block* p : b.preds) {
      if (std::find(p->succs.begin(), p->succs.end(), &b) == p->succs.end()) {
        Error(b, nullptr, "predecessor b", std::to_string(p->id), " does not list it as successor");
      }
    }
    bool phis_done = false;
    for (size_t i = 0; i < b.instrs.size(); ++i) {
      const Value* v = b.instrs[i];
      if (v->block != &b) Error(b, v, "instruction's block field is wrong");
      if (!v->IsInstruction()) Error(b, v, "not an instruction: ", OpName(v->op));
      if (v->IsTerminator() && i + 1 != b.instrs.size()) Error(b, v, "terminator in the middle of a block");
      if (v->op == Op::Phi) {
        if (phis_done) Error(b, v, "phi after a non-phi instruction");
      } else {
        phis_done = true;
      }
      CheckOperands(b, v, i);
      CheckTypes(b, v);
    }
  }

  auto Optional(const Value* v, size_t i) const -> bool {
    return (v->op == Op::Slice && i > 0);
  }

  void CheckOperands(const Block& b, const Value* v, size_t index) {
    if (v->op == Op::Phi && v->num_operands != b.preds.size()) {
      Error(b, v, "phi has ", std::to_string(v->num_operands), " operands for ", std::to_string(b.preds.size()),
            " predecessors");
    }
    for (size_t i = 0; i < v->num_operands; ++i) {
      const Value* op = v->operands[i];
      if (op == nullptr) {
        if (!Optional(v, i)) Error(b, v, "operand ", std::to_string(i), " is null");
        continue;
      }
      if (op->op == Op::Global || op->op == Op::Func) continue;
      if (op->id >= fn_.num_values() || fn_.values()[op->id] != op) {
        Error(b, v, "operand ", OperandText(op), " belongs to another function");
        continue;
      }
      if (!op->IsInstruction()) continue;
      if (op->block == nullptr) {
        Error(b, v, "operand ", OperandText(op), " was removed");
        continue;
      }
      if (!dom_.Reachable(&b)) continue;
      if (v->op == Op::Phi) {
        if (i < b.preds.size() && dom_.Reachable(b.preds[i]) && !dom_.Dominates(op->block, b.preds[i])) {
          Error(b, v, "phi operand ", OperandText(op), " does not dominate predecessor b",
                std::to_string(b.preds[i]->id));
        }
        continue;
      }
      bool ok = op->block == &b ? position_[op->id] < static_cast<int32_t>(index)
                                : dom_.Dominates(op->block, &b);
      if (!ok) Error(b, v, "operand ", OperandText(op), " does not dominate its use");
    }
  }

  void WantType(const Block& b, const Value* v, const types::Type* got, const types::Type* want,
                std::string_view what) {
    if (got == nullptr || want == nullptr || !types::Identical(got, want)) {
      Error(b, v, what, ": have ", TypeText(got), ", want ", TypeText(want));
    }
  }

  void CheckTypes(const Block& b, const Value* v) {
    auto operand_type = [&](size_t i) -> const types::Type* {
      return i < v->num_operands && v->operands[i] != nullptr ? v->operands[i]->type : nullptr;
    };
    switch (v->op) {
      case Op::Load:
        if (PointerElem(operand_type(0)) == nullptr) {
          Error(b, v, "load from a non-pointer");
        } else {
          WantType(b, v, v->type, PointerElem(operand_type(0)), "load type");
        }
        break;
      case Op::NilCheck:
        if (PointerElem(operand_type(0)) == nullptr && !IsInterfaceType(operand_type(0))) {
          Error(b, v, "nil check of a non-pointer");
        }
        break;
      case Op::Store:
        if (PointerElem(operand_type(0)) == nullptr) {
          Error(b, v, "store to a non-pointer");
        } else {
          WantType(b, v, operand_type(1), PointerElem(operand_type(0)), "stored value");
        }
        break;
      case Op::If:
        if (!IsBoolType(operand_type(0))) Error(b, v, "if condition is not a bool");
        break;
      case Op::Phi:
        for (size_t i = 0; i < v->num_operands; ++i) {
          if (v->operands[i] != nullptr) WantType(b, v, operand_type(i), v->type, "phi operand");
        }
        break;
      case Op::BinOp:
        if (v->binop() != BinaryOp::Shl && v->binop() != BinaryOp::Shr) {
          WantType(b, v, operand_type(1), operand_type(0), "binop operand");
        }
        break;
      case Op::FieldAddr:
      case Op::Field: {
        const auto* st = StructOf(v->op == Op::FieldAddr ? PointerElem(operand_type(0)) : operand_type(0));
        if (st == nullptr || v->aux.i < 0 || static_cast<size_t>(v->aux.i) >= st->fields.size()) {
          Error(b, v, "field of a non-struct or field index out of range");
        }
        break;
      }
      case Op::Return: {
        auto want = fn_.result_types();
        if (want.size() != v->num_operands) {
          Error(b, v, "return of ", std::to_string(v->num_operands), " values, want ", std::to_string(want.size()));
          break;
        }
        for (size_t i = 0; i < want.size(); ++i) WantType(b, v, operand_type(i), want[i], "return value");
        break;
      }
      case Op::Call:
        if (v->call_kind() == CallKind::Static) {
          const Function* callee = v->num_operands > 0 && v->operands[0] != nullptr &&
                                           v->operands[0]->op == Op::Func
                                       ? v->operands[0]->func()
                                       : nullptr;
          if (callee == nullptr) {
            Error(b, v, "static call of a non-function");
          } else if (callee->params().size() + 1 != v->num_operands && !callee->params().empty()) {
            Error(b, v, "call with ", std::to_string(v->num_operands - 1), " arguments, want ",
                  std::to_string(callee->params().size()));
          }
        }
        break;
      default:
        break;
    }
  }

  const Function& fn_;
  std::vector<std::string>& out_;
  DomTree dom_;
  std::vector<int32_t> position_;  // by value id: index in its block
};

}  // namespace

auto Verify(const Function& fn) -> std::vector<std::string> {
  std::vector<std::string> out;
  Verifier(fn, out).Run();
  return out;
}

auto Verify(const Program& program) -> std::vector<std::string> {
  std::vector<std::string> out;
  for (const auto& fn : program.functions()) Verifier(*fn, out).Run();
  return out;
}

}  // namespace gocc::ir
