// errorcheck

// Type errors: init and main declared as non-functions; main with results.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package main

func main() int { // ERROR "func main must have no arguments and no return values"
	return 0
}

type init struct{} // ERROR "cannot declare init - must be func"

var main = 1 // ERROR "cannot declare main - must be func"

func helper() {}

func init() {
	helper()
}

var init2 = init // ERROR "undefined: init"
