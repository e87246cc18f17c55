// Package sync/atomic for gocc: Go 1.19's API. gocc's scheduler runs one goroutine at a time
// and switches only when a goroutine blocks (never inside these functions), so plain loads
// and stores are atomic. The generic Pointer[T] type is not declared (gocc does not check
// type parameters yet). tests/stdlib/verify.go checks every exported declaration against the
// real package.
//
// The functions marked //gocc:asm are assembly in gc, declared without a body, so gc's escape
// analysis knows nothing of them and every pointer argument leaks to the heap
// (`atomic.AddInt32(&n, 1)` moves n to the heap). gocc's escape analysis gives them that
// summary too, whatever the Go body here does (analysis/escape).

package atomic

import (
	"internal/gort"
	"unsafe"
)

// A Bool is an atomic boolean value.
type Bool struct {
	_ noCopy
	v uint32
}

// An Int32 is an atomic int32.
type Int32 struct {
	_ noCopy
	v int32
}

// An Int64 is an atomic int64.
type Int64 struct {
	_ noCopy
	_ align64
	v int64
}

// An Uint32 is an atomic uint32.
type Uint32 struct {
	_ noCopy
	v uint32
}

// An Uint64 is an atomic uint64.
type Uint64 struct {
	_ noCopy
	_ align64
	v uint64
}

// An Uintptr is an atomic uintptr.
type Uintptr struct {
	_ noCopy
	v uintptr
}

// A Value provides an atomic load and store of a consistently typed value.
type Value struct {
	v any
}

// noCopy may be added to structs which must not be copied after the first use.
type noCopy struct{}

// align64 may be added to structs that must be 64-bit aligned; the compiler
// recognizes it (by this package path and name) also on 32-bit systems.
type align64 struct{}

//gocc:asm
func SwapInt32(addr *int32, new int32) (old int32) {
	old = *addr
	*addr = new
	return
}

//gocc:asm
func SwapInt64(addr *int64, new int64) (old int64) {
	old = *addr
	*addr = new
	return
}

//gocc:asm
func SwapUint32(addr *uint32, new uint32) (old uint32) {
	old = *addr
	*addr = new
	return
}

//gocc:asm
func SwapUint64(addr *uint64, new uint64) (old uint64) {
	old = *addr
	*addr = new
	return
}

//gocc:asm
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) {
	old = *addr
	*addr = new
	return
}

//gocc:asm
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer) {
	old = *addr
	*addr = new
	return
}

//gocc:asm
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

//gocc:asm
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

//gocc:asm
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

//gocc:asm
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

//gocc:asm
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

//gocc:asm
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

//gocc:asm
func AddInt32(addr *int32, delta int32) (new int32) {
	*addr += delta
	return *addr
}

//gocc:asm
func AddUint32(addr *uint32, delta uint32) (new uint32) {
	*addr += delta
	return *addr
}

//gocc:asm
func AddInt64(addr *int64, delta int64) (new int64) {
	*addr += delta
	return *addr
}

//gocc:asm
func AddUint64(addr *uint64, delta uint64) (new uint64) {
	*addr += delta
	return *addr
}

//gocc:asm
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) {
	*addr += delta
	return *addr
}

//gocc:asm
func LoadInt32(addr *int32) (val int32) {
	return *addr
}

//gocc:asm
func LoadInt64(addr *int64) (val int64) {
	return *addr
}

//gocc:asm
func LoadUint32(addr *uint32) (val uint32) {
	return *addr
}

//gocc:asm
func LoadUint64(addr *uint64) (val uint64) {
	return *addr
}

//gocc:asm
func LoadUintptr(addr *uintptr) (val uintptr) {
	return *addr
}

//gocc:asm
func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer) {
	return *addr
}

//gocc:asm
func StoreInt32(addr *int32, val int32) {
	*addr = val
}

//gocc:asm
func StoreInt64(addr *int64, val int64) {
	*addr = val
}

//gocc:asm
func StoreUint32(addr *uint32, val uint32) {
	*addr = val
}

//gocc:asm
func StoreUint64(addr *uint64, val uint64) {
	*addr = val
}

//gocc:asm
func StoreUintptr(addr *uintptr, val uintptr) {
	*addr = val
}

//gocc:asm
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer) {
	*addr = val
}
func (x *Bool) Load() bool {
	return x.v != 0
}
func (x *Bool) Store(val bool) {
	x.v = b32(val)
}
func (x *Bool) Swap(new bool) (old bool) {
	old = x.v != 0
	x.v = b32(new)
	return
}
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	if (x.v != 0) != old {
		return false
	}
	x.v = b32(new)
	return true
}
func (x *Int32) Load() int32 {
	return x.v
}
func (x *Int32) Store(val int32) {
	x.v = val
}
func (x *Int32) Swap(new int32) (old int32) {
	old = x.v
	x.v = new
	return
}
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}
func (x *Int32) Add(delta int32) (new int32) {
	x.v += delta
	return x.v
}
func (x *Int64) Load() int64 {
	return x.v
}
func (x *Int64) Store(val int64) {
	x.v = val
}
func (x *Int64) Swap(new int64) (old int64) {
	old = x.v
	x.v = new
	return
}
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}
func (x *Int64) Add(delta int64) (new int64) {
	x.v += delta
	return x.v
}
func (x *Uint32) Load() uint32 {
	return x.v
}
func (x *Uint32) Store(val uint32) {
	x.v = val
}
func (x *Uint32) Swap(new uint32) (old uint32) {
	old = x.v
	x.v = new
	return
}
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}
func (x *Uint32) Add(delta uint32) (new uint32) {
	x.v += delta
	return x.v
}
func (x *Uint64) Load() uint64 {
	return x.v
}
func (x *Uint64) Store(val uint64) {
	x.v = val
}
func (x *Uint64) Swap(new uint64) (old uint64) {
	old = x.v
	x.v = new
	return
}
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}
func (x *Uint64) Add(delta uint64) (new uint64) {
	x.v += delta
	return x.v
}
func (x *Uintptr) Load() uintptr {
	return x.v
}
func (x *Uintptr) Store(val uintptr) {
	x.v = val
}
func (x *Uintptr) Swap(new uintptr) (old uintptr) {
	old = x.v
	x.v = new
	return
}
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}
func (x *Uintptr) Add(delta uintptr) (new uintptr) {
	x.v += delta
	return x.v
}

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// Load returns the value set by the most recent Store.
// It returns nil if there has been no call to Store for this Value.
func (v *Value) Load() (val any) {
	return v.v
}

func (v *Value) checkType(val any, what string) {
	if val == nil {
		panic("sync/atomic: " + what + " of nil value into Value")
	}
	if v.v != nil && gort.TypeOf(v.v) != gort.TypeOf(val) {
		panic("sync/atomic: " + what + " of inconsistently typed value into Value")
	}
}

// Store sets the value of the Value to x.
// All calls to Store for a given Value must use values of the same concrete type.
// Store of an inconsistent type panics, as does Store(nil).
//
//go:noinline
func (v *Value) Store(val any) {
	v.checkType(val, "store")
	v.v = val
}

// Swap stores new into Value and returns the previous value. It returns nil if
// the Value is empty.
//
//go:noinline
func (v *Value) Swap(new any) (old any) {
	v.checkType(new, "swap")
	old = v.v
	v.v = new
	return old
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && gort.TypeOf(old) != gort.TypeOf(new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if v.v == nil {
		if old != nil {
			return false
		}
		v.v = new
		return true
	}
	if gort.TypeOf(v.v) != gort.TypeOf(new) {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if v.v != old {
		return false
	}
	v.v = new
	return true
}
