package main

import "os" // used only in a body that does not type-check

// Laid out from its declaration alone: the errors below are in a body that holds no struct type.
type Padded struct {
	a bool
	b int64
	c bool
}

func broken() {
	var n int = "not an int"
	os.Exit(n + undefined)
}

func main() {}
