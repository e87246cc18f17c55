// errorcheck -0 -m -l

// gocc's own test (expectations checked against go tool compile -m -l, Go 1.19): a closure
// captures by value a variable of at most 128 bytes that is never reassigned nor has its
// address taken. Reading a field or an array element is reading the variable; assigning one
// reassigns it; taking its address takes the variable's.

package p

type Point struct{ X, Y int }

func (p Point) Later() func() int { return func() int { return p.X } } // ERROR "func literal escapes to heap$"

func later(p Point) func() int { return func() int { return p.X } } // ERROR "func literal escapes to heap$"

func element(v [4]int) func() int { return func() int { return v[1] } } // ERROR "func literal escapes to heap$"

func assignInside(p Point) func() int { // ERROR "moved to heap: p$"
	return func() int { p.X = 2; return p.X } // ERROR "func literal escapes to heap$"
}

func assignOutside(p Point) func() int { // ERROR "moved to heap: p$"
	f := func() int { return p.Y } // ERROR "func literal escapes to heap$"
	p.Y = 3
	return f
}

func assignElement(v [4]int, i int) func() int { // ERROR "moved to heap: v$"
	return func() int { v[i] = 1; return v[0] } // ERROR "func literal escapes to heap$"
}

func addressElement(v [4]int) func() *int { // ERROR "moved to heap: v$"
	return func() *int { return &v[2] } // ERROR "func literal escapes to heap$"
}

func big(v [17]int) func() int { // ERROR "moved to heap: v$"
	return func() int { return v[1] } // ERROR "func literal escapes to heap$"
}
