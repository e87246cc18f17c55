// The IR's text form, deterministic so golden tests can pin it (`gocc ir`). See docs/ir.md.
#pragma once

#include <ostream>
#include <string>

#include "ir/ir.h"
#include "support/source.h"

namespace gocc::ir {

// With a SourceMap, allocation sites and functions also show their file:line:col.
void Print(const Function& fn, std::ostream& out, const SourceMap* sources = nullptr);
void Print(const Program& program, std::ostream& out, const SourceMap* sources = nullptr);
// How a value appears as an operand: t7, a parameter's name, 42:int, "s":string, main.f.
auto OperandText(const Value* v) -> std::string;
// One instruction without its "tN = " prefix.
auto InstrText(const Value* v) -> std::string;
auto TypeText(const types::Type* t) -> std::string;

}  // namespace gocc::ir
