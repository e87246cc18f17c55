// errorcheck -0 -m -l

// gocc's own escape test (expectations checked against go build -gcflags='-m -l', Go 1.19).
// A parameter is one variable to gc, one location for every value it holds: assigning another
// value to it makes the parameter flow wherever the variable does afterwards, and only there.

package p

var sink *int

func assignedThenSunk(a, b *int) { // ERROR "a does not escape$" "leaking param: b$"
	a = b
	sink = b
}

func assignedThenReturned(a, b *int) *int { // ERROR "leaking param: a to result ~r0 level=0$" "leaking param: b to result ~r0 level=0$"
	a = b
	return a
}

func maybeAssigned(a *int, b bool) *int { // ERROR "leaking param: a to result ~r0 level=0$"
	if b {
		a = new(int) // ERROR "new\(int\) escapes to heap$"
	}
	return a
}

func copiedFirst(a *int) { // ERROR "leaking param: a$"
	c := a
	a = nil
	sink = c
}
