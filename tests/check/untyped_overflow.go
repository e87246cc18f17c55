// errorcheck

// Type errors: untyped constants that overflow their default type, worded by where they are
// (a variable declaration or an assignment), with values beyond float64's range printed as gc
// prints its big floats (1e+1000, not inf).
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

var a = 1e1000       // ERROR "cannot use 1e1000 \(untyped float constant 1e\+1000\) as float64 value in variable declaration \(overflows\)"
var _ = 1 / 1e-1000  // ERROR "cannot use 1 / 1e-1000 \(untyped float constant 1e\+1000\) as float64 value in variable declaration \(overflows\)"
var _ = -2.5e700 * 1 // ERROR "cannot use -2\.5e700 \* 1 \(untyped float constant -2\.5e\+700\) as float64 value in variable declaration \(overflows\)"

const big = 123456789e600

var _ = big // ERROR "cannot use big \(untyped float constant 1\.23457e\+608\) as float64 value in variable declaration \(overflows\)"

func f() {
	var b = 1e1000 // ERROR "cannot use 1e1000 \(untyped float constant 1e\+1000\) as float64 value in variable declaration \(overflows\)"
	c := 1e1000    // ERROR "cannot use 1e1000 \(untyped float constant 1e\+1000\) as float64 value in assignment \(overflows\)"
	_, _ = b, c
	var d, e = 1, 1e1000 // ERROR "cannot use 1e1000 \(untyped float constant 1e\+1000\) as float64 value in variable declaration \(overflows\)"
	_, _ = d, e
	var g int = 1e20 // ERROR "cannot use 1e20 \(untyped float constant 1e\+20\) as int value in variable declaration \(truncated\)"
	_ = g
}
