// errorcheck

// Checked with `gocc compile` (a whole program, as `go build` compiles one): a function of the
// user's package needs a body; gc's text, at the function's name. `gocc check` and `gocc -m`
// (like `go vet` and `go tool compile` without -complete) accept body-less declarations.

package main

type T struct{}

func f() int // ERROR "missing function body"

func (T) m(x int) // ERROR "missing function body"

func g() int { return 1 }

func main() { println(f(), g()) }
