// What the checker learned about each expression and identifier (go/types' Info), for the
// later stages: the IR builder needs the type of every expression, the object every name
// denotes and how every selector resolves; `gocc types` prints it.
//
// Recording is optional (Checker::SetInfo): `gocc check` does not pay for it. The type recorded
// for an untyped expression is its final type: when an untyped constant or comparison is
// converted by its context (`var f float64 = 1 << 3`), the record of the expression and of the
// untyped operands it was computed from is updated, as go/types does.
#pragma once

#include <iosfwd>
#include <span>
#include <unordered_map>
#include <vector>

#include "ast/ast.h"
#include "support/source.h"
#include "typecheck/constant.h"
#include "typecheck/operand.h"
#include "typecheck/types.h"

namespace gocc::types {

struct Object;

struct TypeAndValue {
  OperandMode mode = OperandMode::Invalid;
  const Type* type = nullptr;
  Value value;  // for constants
};

enum class SelectionKind : uint8_t {
  FieldVal,    // x.f: a struct field
  MethodVal,   // x.m: a method value or the callee of a method call
  MethodExpr,  // T.m: a method expression
};

// How x.sel resolves: the path of field indices through embedded fields (the last index is the
// field itself for FieldVal), whether a pointer is followed on the way, and for methods the
// method and whether it is declared with a pointer receiver.
struct Selection {
  SelectionKind kind = SelectionKind::FieldVal;
  const Type* recv = nullptr;         // the type of x
  std::vector<int> path;              // embedded-field indices, then the field index
  bool indirect = false;              // a pointer is dereferenced along the path
  const Type* type = nullptr;         // the field's type or the method's signature
  std::string_view method;            // the method's name, for MethodVal and MethodExpr
  const Type* method_recv = nullptr;  // the type the method is declared on (T, or an interface)
  bool pointer_receiver = false;      // declared as func (*T) m
  const ast::FuncDecl* method_decl = nullptr;  // nullptr for interface methods
};

struct Info {
  std::unordered_map<const ast::Expr*, TypeAndValue> types;
  std::unordered_map<const ast::Ident*, Object*> defs;  // declaring identifiers
  std::unordered_map<const ast::Ident*, Object*> uses;  // referring identifiers
  std::unordered_map<const ast::SelectorExpr*, Selection> selections;
  // The variable a type switch's `v :=` declares in each case clause.
  std::unordered_map<const ast::Node*, Object*> implicits;
  // Package-level variables in initialization order (spec "Package initialization"), for each
  // checked package: one entry per variable declaration with initializer.
  struct Initializer {
    std::vector<Object*> lhs;
    const ast::Expr* rhs;
  };
  std::unordered_map<const struct Package*, std::vector<Initializer>> init_order;
  // Every function and method declaration: its signature (without the receiver) and, for a
  // method, the named type it is declared on and whether the receiver is a pointer.
  struct FuncDeclInfo {
    const struct Signature* sig = nullptr;
    const struct Named* recv = nullptr;
    bool pointer_receiver = false;
  };
  std::unordered_map<const ast::FuncDecl*, FuncDeclInfo> funcs;
};

// `gocc types`: one line per recorded expression of `files`, sorted by position:
// `file:line:col: Kind mode type [= constant]\t// expression`. The position is the node's own
// (an operator, a call's parenthesis, a selector's dot), as in `gocc ast`.
void DumpTypes(const Info& info, const SourceMap& sources, std::span<const ast::File* const> files,
               std::ostream& out);

}  // namespace gocc::types
