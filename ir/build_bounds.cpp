// Bounds-check elimination by the index expression's shape (gc's walk.bounded), for indexes
// into arrays, pointers to arrays and constant strings. Induction variables and everything
// that needs data flow are LLVM's (its loop and value-range passes); what this adds is gc's
// report, and checks removed at -O0 as gc removes them.
#include "ir/build_internal.h"
#include "typecheck/predicates.h"

namespace gocc::ir {

namespace {

// The value of e if it is an integer constant that fits in 32 bits (gc's IsSmallIntConst).
auto SmallIntConst(const ProgramBuilder& pb, const ast::Expr* e) -> std::optional<int64_t> {
  const types::TypeAndValue* tv = pb.TypeAndValueOf(e);
  if (tv == nullptr || tv->mode != types::OperandMode::Constant) return std::nullopt;
  std::optional<types::Value> i = tv->value.ToInt();
  if (!i) return std::nullopt;
  std::optional<int64_t> v = i->int_value().ToInt64();
  if (!v || static_cast<int64_t>(static_cast<int32_t>(*v)) != *v) return std::nullopt;
  return v;
}

}  // namespace

auto GcBounded(const ProgramBuilder& pb, const ast::Expr* index, int64_t max) -> bool {
  const ast::Expr* n = Unparen(index);
  const types::Type* t = pb.TypeOf(n);
  if (t == nullptr || !types::IsInteger(t)) return false;
  bool sign = !types::IsUnsigned(t);
  int64_t bits = 8 * pb.sizes().SizeOf(t);
  if (auto v = SmallIntConst(pb, n)) return 0 <= *v && *v < max;
  if (const auto* bin = n->As<ast::BinaryExpr>()) {
    auto x = SmallIntConst(pb, bin->x), y = SmallIntConst(pb, bin->y);
    switch (bin->op) {
      case lex::TokenKind::And:
      case lex::TokenKind::AndNot: {
        int64_t v = -1;
        if (x) {
          v = *x;
        } else if (y) {
          v = *y;
          if (bin->op == lex::TokenKind::AndNot) {
            v = ~v;
            if (!sign && bits < 64) v &= (int64_t{1} << bits) - 1;
          }
        }
        if (0 <= v && v < max) return true;
        break;
      }
      case lex::TokenKind::Rem:
        if (!sign && y && 0 <= *y && *y <= max) return true;
        break;
      case lex::TokenKind::Quo:
        if (!sign && y) {
          for (int64_t v = *y; bits > 0 && v >= 2; v >>= 1) bits--;
        }
        break;
      case lex::TokenKind::Shr:
        if (!sign && y) {
          if (*y > bits) return true;
          bits -= *y;
        }
        break;
      default: break;
    }
  }
  return !sign && bits <= 62 && (int64_t{1} << bits) <= max;
}

}  // namespace gocc::ir
