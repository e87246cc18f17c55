// Numbers from runtime/goccrt.h that generated code depends on (the header is C and cannot be
// included here). tests/codegen/abi_probe.c compiles the header and the ABI test compares.
#pragma once

#include <cstdint>

namespace gocc::codegen::abi {

inline constexpr int64_t kFrameSize = 232;          // sizeof(gocc_frame) on x86-64 glibc
inline constexpr int64_t kFrameJmpBufOffset = 32;   // offsetof(gocc_frame, jb)
inline constexpr int64_t kMapIterSize = 80;         // sizeof(gocc_mapiter)
inline constexpr int64_t kMapIterElemOffset = 8;    // offsetof(gocc_mapiter, elem); key at 0
inline constexpr int64_t kItabFunOffset = 24;       // offsetof(gocc_itab, fun)
inline constexpr int64_t kTypeDescriptorSize = 136;  // sizeof(gocc_type)

// reflect.Kind numbering (GOCC_KIND_*).
enum Kind : uint8_t {
  kKindInvalid, kKindBool, kKindInt, kKindInt8, kKindInt16, kKindInt32, kKindInt64, kKindUint,
  kKindUint8, kKindUint16, kKindUint32, kKindUint64, kKindUintptr, kKindFloat32, kKindFloat64,
  kKindComplex64, kKindComplex128, kKindArray, kKindChan, kKindFunc, kKindInterface, kKindMap,
  kKindPointer, kKindSlice, kKindString, kKindStruct, kKindUnsafePointer,
};

enum TypeFlag : uint8_t {
  kFlagComparable = 1,
  kFlagDirectIface = 2,
  kFlagRegMem = 4,
  kFlagNamed = 8,
  kFlagVariadic = 16,
};

// GOCC_BOUNDS_* codes for gocc_panic_bounds.
enum Bounds : int64_t {
  kBoundsIndex, kBoundsSliceAlen, kBoundsSliceAcap, kBoundsSliceB, kBoundsSlice3Alen,
  kBoundsSlice3Acap, kBoundsSlice3B, kBoundsSlice3C, kBoundsConvert,
};

}  // namespace gocc::codegen::abi
