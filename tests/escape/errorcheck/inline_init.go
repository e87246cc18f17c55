// errorcheck -0 -m

// gocc's own test (expectations checked against go tool compile -m, Go 1.19): gc costs init
// functions and the function literals of package variable initialisers, and inlines in those
// initialisers, but never inlines an init function (only the package initialiser calls it).

package p

func f() int { return 1 } // ERROR "can inline f"

var x = f() // ERROR "inlining call to f"

var g = func() int { return 2 }() // ERROR "can inline glob..func1" "inlining call to glob..func1"

func init() { // ERROR "can inline init.0"
	println("a")
}

func init() { // ERROR "can inline init.1"
	x++
}

func use() int { return x + g } // ERROR "can inline use"
