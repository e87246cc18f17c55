// Relations between types (spec "Properties of types and values"): identity, assignability,
// convertibility, comparability, and the classes of basic types.
#pragma once

#include "typecheck/constant.h"
#include "typecheck/types.h"

namespace gocc::types {

auto Identical(const Type* x, const Type* y) -> bool;

auto IsBasicKind(const Type* t, bool (*pred)(BasicKind)) -> bool;
auto IsBoolean(const Type* t) -> bool;
auto IsInteger(const Type* t) -> bool;
auto IsUnsigned(const Type* t) -> bool;
auto IsFloat(const Type* t) -> bool;
auto IsComplex(const Type* t) -> bool;
auto IsNumeric(const Type* t) -> bool;
auto IsString(const Type* t) -> bool;
auto IsUntyped(const Type* t) -> bool;
auto IsInterface(const Type* t) -> bool;
auto IsTyped(const Type* t) -> bool;
auto IsOrdered(const Type* t) -> bool;  // < <= > >= apply
auto Comparable(const Type* t) -> bool;  // == != apply
// Whether a value of type t can be nil (pointer, slice, map, chan, func, interface,
// unsafe.Pointer).
auto HasNil(const Type* t) -> bool;

// How gc lists a type in "have (...)" / "want (...)": untyped numbers as "number", other untyped
// kinds without "untyped ".
auto SummaryTypeString(const Type* t) -> std::string;

// The default type of an untyped constant kind (untyped int -> int, ...).
auto DefaultBasicKind(BasicKind kind) -> BasicKind;

// Whether constant v fits the basic type t; for floats, *rounded receives the value rounded to
// t's precision. Sets *truncated for non-integral values converted to an integer type.
auto Representable(const Value& v, const Basic* t, int64_t word_size, Value* rounded,
                   bool* truncated) -> bool;

}  // namespace gocc::types
