// errorcheck

// Type errors: argument and result count errors, calling non-functions, variadic calls.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

func zero()                          {}
func one(a int)                      {}
func two(a int, b string)            {}
func variadic(a int, rest ...string) {}
func ret2() (int, int)               { return 1, 2 }
func ret1() int                      { return 1 }

type T struct{}

func (T) M(x int) {}

func f() {
	zero(1)             // ERROR "too many arguments in call to zero\n\thave \(number\)\n\twant \(\)"
	one()               // ERROR "not enough arguments in call to one\n\thave \(\)\n\twant \(int\)"
	one(1, 2)           // ERROR "too many arguments in call to one\n\thave \(number, number\)\n\twant \(int\)"
	two(1)              // ERROR "not enough arguments in call to two\n\thave \(number\)\n\twant \(int, string\)"
	two(1, "a", 3)      // ERROR "too many arguments in call to two\n\thave \(number, string, number\)\n\twant \(int, string\)"
	variadic()          // ERROR "not enough arguments in call to variadic\n\thave \(\)\n\twant \(int, \.\.\.string\)"
	variadic(1, 2)      // ERROR "cannot use 2 \(untyped int constant\) as string value in argument to variadic"
	variadic(1, "a", 3) // ERROR "cannot use 3 \(untyped int constant\) as string value in argument to variadic"
	x := 5
	x() // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	var s string
	s(1)    // ERROR "invalid operation: cannot call non-function s \(variable of type string\)"
	"str"() // ERROR "invalid operation: cannot call non-function .str. \(untyped string constant\)"
	T()     // ERROR "missing argument in conversion to T"
	var t T
	t.M()        // ERROR "not enough arguments in call to t\.M\n\thave \(\)\n\twant \(int\)"
	t.M(1, 2)    // ERROR "too many arguments in call to t\.M\n\thave \(number, number\)\n\twant \(int\)"
	one(ret2())  // ERROR "too many arguments in call to one\n\thave \(int, int\)\n\twant \(int\)"
	two(ret2())  // ERROR "cannot use ret2\(\) \(value of type int\) as type string in argument to two"
	zero(ret1()) // ERROR "too many arguments in call to zero\n\thave \(int\)\n\twant \(\)"
	var sl []string
	variadic(1, sl)         // ERROR "cannot use sl \(variable of type \[\]string\) as type string in argument to variadic"
	one(sl...)              // ERROR "cannot use \.\.\. in call to non-variadic one"
	variadic(1, "a", sl...) // ERROR "too many arguments in call to variadic\n\thave \(number, string, \[\]string\)\n\twant \(int, \.\.\.string\)"
	_ = ret1()()            // ERROR "invalid operation: cannot call non-function ret1\(\) \(value of type int\)"
	var fn func(int) int
	_ = fn("x") // ERROR "cannot use .x. \(untyped string constant\) as int value in argument to fn"
}

func r1() int {
	return // ERROR "not enough return values\n\thave \(\)\n\twant \(int\)"
}

func r2() (int, string) {
	return 1 // ERROR "not enough return values\n\thave \(number\)\n\twant \(int, string\)"
}

func r3() {
	return 1 // ERROR "too many return values\n\thave \(number\)\n\twant \(\)"
}

func r4() int {
	return 1, 2 // ERROR "too many return values\n\thave \(number, number\)\n\twant \(int\)"
}

func r5() (int, int) {
	return ret1() // ERROR "not enough return values\n\thave \(int\)\n\twant \(int, int\)"
}

func r6() (x int) {
	return 1, 2 // ERROR "too many return values\n\thave \(number, number\)\n\twant \(int\)"
}
