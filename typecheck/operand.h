// An operand: what the checker knows about an expression after checking it (types2's operand).
#pragma once

#include <string>

#include "ast/ast.h"
#include "typecheck/constant.h"
#include "typecheck/types.h"

namespace gocc::types {

enum class OperandMode : uint8_t {
  Invalid,   // an error was reported; stay quiet
  NoValue,   // a call of a function without results
  Builtin,   // a built-in function (must be called)
  TypeExpr,  // a type
  Constant,  // a constant, with value
  Variable,  // an addressable value
  MapIndex,  // m[k]: assignable, not addressable
  Value,     // any other value
  Nil,       // the predeclared nil
  CommaOk,   // a value that may also give a second bool (map index, assertion, receive)
};

struct Operand {
  OperandMode mode = OperandMode::Invalid;
  const ast::Expr* expr = nullptr;
  const Type* type = nullptr;
  Value value;                  // for Constant
  std::string_view builtin;     // for Builtin

  auto IsInvalid() const -> bool { return mode == OperandMode::Invalid; }
};

// types2's operand description: `x (variable of type int)`, `300 (untyped int constant)`,
// `c (untyped int constant 300)`, `f() (no value)`, `nil`.
auto OperandString(const Operand& x) -> std::string;

}  // namespace gocc::types
