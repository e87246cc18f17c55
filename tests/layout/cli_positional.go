// check_cli.sh: --fix must see positional literals also when gocc layout type-checks without
// recording Info (no struct type inside a body, no sync/atomic).
package main

type Pos struct {
	a bool
	b int64
	c bool
}

type Elided struct {
	a bool
	b int64
	c bool
}

var list = []Elided{{true, 1, false}}

func main() {
	_ = Pos{true, 2, false}
	_ = list
}
