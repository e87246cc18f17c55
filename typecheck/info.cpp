// Recording what the checker learns (see info.h) and printing it for `gocc types`.
#include <algorithm>
#include <ostream>

#include "typecheck/check.h"
#include "typecheck/predicates.h"
#include "typecheck/typestring.h"

namespace gocc::types {

auto Checker::ResultTuple(const Signature* sig) -> const Tuple* {
  const Tuple*& tuple = result_tuples_[sig];
  if (tuple == nullptr) {
    Tuple* t = NewType<Tuple>();
    t->vars = sig->results;
    tuple = t;
  }
  return tuple;
}

// v, ok := m[k] / x.(T) / <-c: the expression's record becomes the pair (T, bool).
void Checker::RecordCommaOk(const ast::Expr* e, const Type* value_type) {
  if (info_ == nullptr) return;
  std::vector<Var> vars{Var{"", value_type, Pos{}, false},
                        Var{"", BasicType(BasicKind::Bool), Pos{}, false}};
  Tuple* t = NewType<Tuple>();
  t->vars = arena_.Copy(vars);
  for (;;) {
    auto it = info_->types.find(e);
    if (it == info_->types.end()) return;
    it->second.type = t;
    const auto* p = e->As<ast::ParenExpr>();
    if (p == nullptr) return;
    e = p->x;
  }
}

void Checker::Record(const ast::Expr* e, const Operand& x) {
  if (x.mode == OperandMode::Invalid) return;
  const Type* type = x.type;
  if (x.mode == OperandMode::NoValue && type == nullptr) {
    static const Tuple kEmpty = [] {
      Tuple t;
      t.kind = TypeKind::Tuple;
      return t;
    }();
    type = &kEmpty;
  }
  if (type == nullptr) return;
  TypeAndValue& tv = info_->types[e];
  tv.mode = x.mode;
  tv.type = type;
  if (x.mode == OperandMode::Constant) tv.value = x.value;
}

// go/types' updateExprType: the operands of an untyped constant expression keep their untyped
// types (they are never materialised); those of a non-constant one (a shift of a constant by a
// variable, a comparison's operand) take the type the whole expression gets.
void Checker::UpdateUntyped(const ast::Expr* e, const Type* t) {
  if (info_ == nullptr || e == nullptr) return;
  auto it = info_->types.find(e);
  if (it == info_->types.end() || !IsUntyped(it->second.type)) return;
  bool constant = it->second.mode == OperandMode::Constant;
  switch (e->kind) {
    case ast::NodeKind::ParenExpr:
      UpdateUntyped(static_cast<const ast::ParenExpr*>(e)->x, t);
      break;
    case ast::NodeKind::UnaryExpr:
      if (!constant) UpdateUntyped(static_cast<const ast::UnaryExpr*>(e)->x, t);
      break;
    case ast::NodeKind::BinaryExpr: {
      if (constant) break;
      const auto* b = static_cast<const ast::BinaryExpr*>(e);
      switch (b->op) {
        case lex::TokenKind::Equal: case lex::TokenKind::NotEqual: case lex::TokenKind::Less:
        case lex::TokenKind::LessEqual: case lex::TokenKind::Greater: case lex::TokenKind::GreaterEqual:
          break;  // a comparison's operands were typed when it was checked
        case lex::TokenKind::Shl: case lex::TokenKind::Shr:
          UpdateUntyped(b->x, t);
          break;
        default:
          UpdateUntyped(b->x, t);
          UpdateUntyped(b->y, t);
      }
      break;
    }
    default:
      break;
  }
  // Look the entry up again: the recursion may have rehashed the map.
  info_->types[e].type = t;
}

namespace {

auto ModeName(OperandMode mode) -> std::string_view {
  switch (mode) {
    case OperandMode::Invalid: return "invalid";
    case OperandMode::NoValue: return "novalue";
    case OperandMode::Builtin: return "builtin";
    case OperandMode::TypeExpr: return "type";
    case OperandMode::Constant: return "constant";
    case OperandMode::Variable: return "variable";
    case OperandMode::MapIndex: return "mapindex";
    case OperandMode::Value: return "value";
    case OperandMode::Nil: return "nil";
    case OperandMode::CommaOk: return "commaok";
  }
  return "?";
}

}  // namespace

void DumpTypes(const Info& info, const SourceMap& sources, std::span<const ast::File* const> files,
               std::ostream& out) {
  struct Row {
    Pos pos;
    ast::NodeKind kind;
    const ast::Expr* expr;
    const TypeAndValue* tv;
  };
  std::vector<Row> rows;
  for (const auto& [expr, tv] : info.types) {
    const SourceFile* file = sources.FileOf(expr->pos);
    if (file == nullptr) continue;
    bool wanted = std::any_of(files.begin(), files.end(), [&](const ast::File* f) {
      return sources.FileOf(f->pos) == file;
    });
    if (wanted) rows.push_back(Row{expr->pos, expr->kind, expr, &tv});
  }
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    if (a.pos != b.pos) return a.pos < b.pos;
    return ast::NameOf(a.kind) < ast::NameOf(b.kind);
  });
  for (const Row& r : rows) {
    out << sources.Format(r.pos) << ": " << ast::NameOf(r.kind) << ' ' << ModeName(r.tv->mode)
        << ' ' << TypeString(r.tv->type);
    if (r.tv->mode == OperandMode::Constant && r.tv->value.IsKnown()) {
      Value v = r.tv->value;
      if (IsComplex(r.tv->type) && v.kind() != ConstKind::Complex) v = *v.ToComplex();
      out << " = " << v.ToString();
    }
    std::string text = ast::ExprString(r.expr);
    for (size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 2)) {
      text.replace(at, 1, "\\n");  // a raw string's newlines: the comment stays one line
    }
    if (text.size() > 60) text = text.substr(0, 57) + "...";
    out << "\t// " << text << '\n';
  }
}

}  // namespace gocc::types
