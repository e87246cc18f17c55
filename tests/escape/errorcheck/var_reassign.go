// errorcheck -0 -m -l

// gocc's own test (expectations checked against go tool compile -m -l, Go 1.19): a variable
// is one location for gc, whatever SSA makes of it. Every value assigned to it goes where any
// read of it goes, also a value assigned after the last read.

package p

var sink interface{}

func f() int { return 1 }

func afterRead(x int) {
	var l interface{}
	l = f() // ERROR "f\(\) escapes to heap$"
	sink = l
	l = x // ERROR "x escapes to heap$"
}

func tupleAfterRead(x, y int) {
	var l interface{}
	l = f() // ERROR "f\(\) escapes to heap$"
	sink = l
	sink, l = y, x // ERROR "x escapes to heap$" "y escapes to heap$"
}

func neverRead(x int) {
	var l interface{}
	l = f() // ERROR "f\(\) does not escape$"
	l = x   // ERROR "x does not escape$"
	_ = l
}
