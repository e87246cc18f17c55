// errorcheck -0 -m -l

// gocc's own escape test (expectations checked against go build -gcflags='-m -l', Go 1.19).
// A branch under a constant condition is dead code to gc (its deadcode pass runs before escape
// analysis): nothing in it makes a variable escape. Function literals there still count in the
// numbering of the ones that follow.

package p

const debug = false

var sink *int

func constFalse(x, y int) { // ERROR "moved to heap: y$"
	if false {
		sink = &x
	} else {
		sink = &y
	}
}

func constTrue(x, y int) { // ERROR "moved to heap: x$"
	if true {
		sink = &x
	} else {
		sink = &y
	}
}

func namedConst(x int) {
	if debug {
		sink = &x
		func() { println(x) }()
	}
}

func notConst(b bool, x int) { // ERROR "moved to heap: x$"
	if b {
		sink = &x
	}
}

func typeSwitch(v interface{}) *int { // ERROR "v does not escape"
	switch x := v.(type) {
	case int: // ERROR "moved to heap: x$"
		return &x
	case string:
		println(x)
	}
	return nil
}
