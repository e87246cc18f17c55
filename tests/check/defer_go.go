// errorcheck

// Type errors: defer and go statements requiring function calls.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

func f() int { return 1 }

type T struct{}

func (T) M() {}

func g() {
	defer f // ERROR "expression in defer must be function call"
	go f // ERROR "expression in go must be function call"
	defer 1 // ERROR "expression in defer must be function call" "invalid operation: cannot call non-function 1 \(untyped int constant\)"
	go "x" // ERROR "expression in go must be function call" "invalid operation: cannot call non-function .x. \(untyped string constant\)"
	defer (f()) // ERROR "expression in defer must not be parenthesized"
	go (f()) // ERROR "expression in go must not be parenthesized"
	defer int(1) // ERROR "defer requires function call, not conversion int\(1\) \(constant 1 of type int\)"
	go T{} // ERROR "invalid operation: cannot call non-function T\{\} \(value of type T\)" "expression in go must be function call"
	var t T
	defer t.M // ERROR "expression in defer must be function call"
	defer len("x") // ERROR "defer discards result of len\(.x.\) \(constant 1 of type int\)"
	go append([]int{}, 1) // ERROR "go discards result of append\(\[\]int\{\}, 1\) \(value of type \[\]int\)"
	defer close(make(chan int))
	go panic(1)
	defer recover()
	defer func() {} // ERROR "expression in defer must be function call"
	go func() {} // ERROR "expression in go must be function call"
	defer new(int) // ERROR "defer discards result of new\(int\) \(value of type \*int\)"
	go copy([]int{}, []int{})
	var x int
	defer x // ERROR "expression in defer must be function call" "invalid operation: cannot call non-function x \(variable of type int\)"
}
