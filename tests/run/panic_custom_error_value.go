package main

import "fmt"

// An unrecovered panic whose value is an error: gc prints the Error() text.
// panic: query SELECT 1: connection refused

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }

func run(q string, fail bool) {
	if fail {
		panic(&QueryError{q, fmt.Errorf("connection refused")})
	}
	fmt.Println("ran", q)
}

func main() {
	fmt.Println("querying")
	run("SELECT 0", false)
	run("SELECT 1", true)
	fmt.Println("not reached")
}
