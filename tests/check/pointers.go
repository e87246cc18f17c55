// errorcheck

// Type errors: address-of and indirection.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

type T struct{ f int }

func val() int { return 1 }
func (T) M()   {}

const C = 10

func f() {
	var x int
	var p *int
	_ = &1     // ERROR "invalid operation: cannot take address of 1 \(untyped int constant\)"
	_ = &val() // ERROR "invalid operation: cannot take address of val\(\) \(value of type int\)"
	_ = &C     // ERROR "invalid operation: cannot take address of C \(untyped int constant 10\)"
	_ = &"str" // ERROR "invalid operation: cannot take address of .str. \(untyped string constant\)"
	_ = &x
	_ = *x // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	_ = *p
	var t T
	_ = &t.f
	_ = &T{}
	_ = &T{}.f // ERROR "invalid operation: cannot take address of T\{\}\.f \(value of type int\)"
	_ = &t.M   // ERROR "invalid operation: cannot take address of t\.M \(value of type func\(\)\)"
	var m map[string]int
	_ = &m["a"] // ERROR "invalid operation: cannot take address of m\[.a.\] \(map index expression of type int\)"
	var s string
	_ = &s[0]    // ERROR "invalid operation: cannot take address of s\[0\] \(value of type byte\)"
	_ = &(x + 1) // ERROR "invalid operation: cannot take address of x \+ 1 \(value of type int\)"
	p.f = 1      // ERROR "p\.f undefined \(type \*int has no field or method f\)"
	var pt *T
	pt.f = 1
	(*pt).f = 2
	var pp **T
	_ = pp.f // ERROR "pp\.f undefined \(type \*\*T has no field or method f\)"
	*x = 3   // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	_ = *nil // ERROR "invalid operation: cannot indirect nil"
	_ = &nil // ERROR "invalid operation: cannot take address of nil"
	_ = **p  // ERROR "invalid operation: cannot indirect \*p \(variable of type int\)"
	var i interface{}
	_ = *i   // ERROR "invalid operation: cannot indirect i \(variable of type interface\{\}\)"
	_ = &len // ERROR "len \(built-in\) must be called"
	_ = &[]int{1}[0]
	_ = &[1]int{1}[0] // ERROR "invalid operation: cannot take address of \[1\]int\{…\}\[0\] \(value of type int\)"
}
