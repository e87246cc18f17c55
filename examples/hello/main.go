// Command hello is the smallest complete Go program: one package clause, one
// import and a main function that prints a line. It is the first program the
// README asks a new user to feed through gocc, because it exercises every
// stage of the pipeline from the seed note "Go语言编译大致过程" (Go's compile
// pipeline): lexing -> parsing -> AST -> type checking -> intermediate code ->
// machine code.
//
// Seed note: 000_e45fb47a628addc5.txt, section "Go语言编译大致过程".
//
// Try:
//
//	gocc tokens examples/hello/main.go
//	gocc ast examples/hello/main.go
//	go run examples/hello/main.go
//
// Expected exit code: 0
package main

import "fmt"

func main() {
	fmt.Println("Hello, gocc!")
}
