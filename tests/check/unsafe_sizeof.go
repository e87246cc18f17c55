// errorcheck

// Type errors: package unsafe: Sizeof, Offsetof, Alignof, Pointer.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

import "unsafe"

type T struct {
	a int8
	b int64
}

func g() int { return 1 }

var x int
var sl []int

const s1 = unsafe.Sizeof(x)
const s2 = unsafe.Sizeof(T{})
const s3 = unsafe.Offsetof(T{}.b)
const s4 = unsafe.Alignof(sl)
const s5 = unsafe.Sizeof(g)
const s6 = unsafe.Sizeof(g())

func f() {
	_ = unsafe.Sizeof()     // ERROR "invalid operation: not enough arguments for unsafe\.Sizeof\(\) \(expected 1, found 0\)"
	_ = unsafe.Sizeof(1, 2) // ERROR "invalid operation: too many arguments for unsafe\.Sizeof\(1, 2\) \(expected 1, found 2\)"
	_ = unsafe.Sizeof(int)  // ERROR "int \(type\) is not an expression"
	_ = unsafe.Offsetof(x)  // ERROR "invalid argument: x is not a selector expression"
	var t T
	_ = unsafe.Offsetof(t)       // ERROR "invalid argument: t is not a selector expression"
	_ = unsafe.Offsetof(t.a + 1) // ERROR "invalid argument: t\.a \+ 1 is not a selector expression"
	_ = unsafe.Pointer(x)        // ERROR "cannot convert x \(variable of type int\) to type unsafe\.Pointer"
	var p *int
	_ = unsafe.Pointer(p)
	_ = uintptr(unsafe.Pointer(p))
	_ = unsafe.Foo                 // ERROR "undefined: unsafe\.Foo"
	var s uint8 = unsafe.Sizeof(t) // ERROR "cannot use unsafe\.Sizeof\(t\) \(constant 16 of type uintptr\) as type uint8 in variable declaration"
	_ = s
	const n = unsafe.Sizeof(t)
	var arr [n]byte
	_ = arr
	_ = unsafe.Sizeof(nil) // ERROR "use of untyped nil in argument to unsafe\.Sizeof"
	_ = unsafe.Add(p, 1)   // ERROR "cannot use p \(variable of type \*int\) as type unsafe\.Pointer in argument to unsafe\.Add"
	_ = unsafe.Slice(p, 1)
	_ = unsafe.Sizeof // ERROR "unsafe\.Sizeof \(built-in\) must be called"
}
