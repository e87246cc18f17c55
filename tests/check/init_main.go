// errorcheck

// Type errors: init and main signatures.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package main

func init(x int) {} // ERROR "func init must have no arguments and no return values"

func init() int { return 0 } // ERROR "func init must have no arguments and no return values"

func init() {}

func init() {}

func main(args []string) {} // ERROR "func main must have no arguments and no return values"

func useInit() {
	init()   // ERROR "undefined: init"
	_ = init // ERROR "undefined: init"
}

type init2 int

const main2 = 1

func f() {
	main() // ERROR "not enough arguments in call to main\n\thave \(\)\n\twant \(\[\]string\)"
}
