// errorcheck -0 -m

// gocc's own inlining test (expectations checked against go tool compile -m, Go 1.19):
// function literals are inlined where they are called, or through a variable assigned once;
// a function holding a literal is inlined with it; escape analysis sees through both.

package p

func direct() int { // ERROR "can inline direct$"
	return func() int { return 42 }() // ERROR "can inline direct\.func1$" "inlining call to direct\.func1$"
}

func viaVar(x int) int { // ERROR "can inline viaVar$"
	foo := func() int { return x * 2 } // ERROR "can inline viaVar\.func1$" "func literal does not escape$"
	return foo() // ERROR "inlining call to viaVar\.func1$"
}

func reassigned() int {
	foo := func() int { return 1 } // ERROR "can inline reassigned\.func1$" "func literal does not escape$"
	x := foo()
	foo = func() int { return 2 } // ERROR "can inline reassigned\.func2$" "func literal does not escape$"
	return x + foo()
}

func adds(x int) int { // ERROR "can inline adds$"
	f := func(y int) int { return x + y } // ERROR "can inline adds\.func1$" "func literal does not escape$"
	return f(1) // ERROR "inlining call to adds\.func1$"
}

func counter() int { // ERROR "can inline counter$"
	n := 0
	inc := func() { n++ } // ERROR "can inline counter\.func1$" "func literal does not escape$"
	inc() // ERROR "inlining call to counter\.func1$"
	inc() // ERROR "inlining call to counter\.func1$"
	return n
}

type T struct{ a, b int }

func makeT(a int) *T { return &T{a: a} } // ERROR "can inline makeT$" "&T\{\.\.\.\} escapes to heap$"

func sum() int { // ERROR "can inline sum$"
	t := makeT(3) // ERROR "inlining call to makeT$" "&T\{\.\.\.\} does not escape$"
	return t.a + t.b
}

var sink *T

func keep() { // ERROR "can inline keep$"
	sink = makeT(4) // ERROR "inlining call to makeT$" "&T\{\.\.\.\} escapes to heap$"
}

func twice(f func(int) int, x int) int { return f(f(x)) } // ERROR "f does not escape$"

func useTwice() int {
	return twice(func(x int) int { return x + 1 }, 3) // ERROR "can inline useTwice\.func1$" "func literal does not escape$"
}
