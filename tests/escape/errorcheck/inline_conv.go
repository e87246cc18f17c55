// errorcheck -0 -m

// gocc's own test (expectations checked against go tool compile -m, Go 1.19): the implicit
// conversions to interface that gc's inliner counts (a variadic function's extra arguments, a
// result, an interface value of another interface type) and the temporaries of `return f()`
// with several results decide whether a function fits the budget of 80.

package p

import "fmt"

//go:noinline
func two() (int, error) { return 1, nil }

//go:noinline
func sink(args ...any) {} // ERROR "args does not escape"

// fmt.Println costs 72 (its `return Fprintln(os.Stdout, a...)` has two results): with the
// call, the arguments and their conversions, check costs 82.
func check(err error) { // ERROR "leaking param: err"
	if err != nil {
		fmt.Println("error:", err) // ERROR "inlining call to fmt\.Println" "\.\.\. argument does not escape" ".error:. escapes to heap"
	}
}

func println1(err error) { // ERROR "can inline println1" "leaking param: err"
	fmt.Println(err) // ERROR "inlining call to fmt\.Println" "\.\.\. argument does not escape"
}

func ret() (int, error) { return two() } // ERROR "can inline ret"

func retIface(x int) any { return x } // ERROR "can inline retIface" "x escapes to heap"

func extras() { sink(1, 2, 3, "a", "b", "c", 1.5, 2.5, 3.5, 4, 5, 6, 7, 8, 9, 10, 11, 12) } // ERROR "\.\.\. argument does not escape" "1 does not escape" "2 does not escape" "3 does not escape" ".a. does not escape" ".b. does not escape" ".c. does not escape" "1\.5 does not escape" "2\.5 does not escape" "3\.5 does not escape" "4 does not escape" "5 does not escape" "6 does not escape" "7 does not escape" "8 does not escape" "9 does not escape" "10 does not escape"

func extrasSlice(a []any) { sink(a...) } // ERROR "can inline extrasSlice" "a does not escape"

func ifaceArg(e error) { sink(e, e, e, e, e, e, e, e, e, e, e, e, e, e, e, e, e, e, e, e, e) } // ERROR "e does not escape" "\.\.\. argument does not escape"

// ret costs 69 (gc's temporaries for its results), so this costs 81.
func retUser(n int) int {
	ret() // ERROR "inlining call to ret"
	return n + n + n + n + n
}
