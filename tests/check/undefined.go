// errorcheck

// Type errors: undefined identifiers, package members, fields and methods.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package main

import "fmt"

type T struct {
	a int
}

func (T) M() {}

var g = undefinedGlobal // ERROR "undefined: undefinedGlobal"

func main() {
	x := y // ERROR "undefined: y"
	_ = x
	undefinedFunc(1) // ERROR "undefined: undefinedFunc"
	var t T
	_ = t.b   // ERROR "t\.b undefined \(type T has no field or method b\)"
	t.N()     // ERROR "t\.N undefined \(type T has no field or method N\)"
	_ = T.N   // ERROR "T\.N undefined \(type T has no field or method N\)"
	_ = t.a.c // ERROR "t\.a\.c undefined \(type int has no field or method c\)"
	var p *T
	_ = p.zz               // ERROR "p\.zz undefined \(type \*T has no field or method zz\)"
	fmt.Printn("x")        // ERROR "undefined: fmt\.Printn"
	_ = fmt.undefinedLower // ERROR "undefined: fmt\.undefinedLower"
	var u UndefinedType    // ERROR "undefined: UndefinedType"
	_ = u
	_ = unknownpkg.X // ERROR "undefined: unknownpkg"
	z = 3            // ERROR "undefined: z"
	_ = T{}.A        // ERROR "T\{\}\.A undefined \(type T has no field or method A, but does have a\)"
	_ = g
	var i interface{ M() }
	i.Q()         // ERROR "i\.Q undefined \(type interface\{M\(\)\} has no field or method Q\)"
	_ = len2("s") // ERROR "undefined: len2"
}
