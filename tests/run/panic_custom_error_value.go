package main

import "fmt"

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }

func main() {
	fmt.Println("querying")
	panic(&QueryError{"SELECT 1", fmt.Errorf("connection refused")})
}
