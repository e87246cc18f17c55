// Input of the --fix round trip (check_fix.sh): every struct here can shrink, and every comment
// and tag must survive the rewrite.
package main

import "fmt"

// Config is documented; its fields too.
type Config struct {
	// Verbose turns on logging.
	Verbose bool `json:"verbose"` // line comment on Verbose
	// Timeout in milliseconds.
	// (two doc lines)
	Timeout int64 `json:"timeout,omitempty"`

	Name  string // the blank line above stays where it is
	Debug bool   `json:"debug"`
	/* a block comment */ Retries int32
}

// Grouped names stay grouped.
type Point struct {
	visible, dirty bool // flags
	x, y           float64
	tag            byte `layout:"last"`
}

type OneLine struct{ a bool; b int64; c bool } // a one-line struct

type WithEmbedded struct {
	ok bool
	fmt.Stringer // embedded interface
	n  int64
}

func main() {
	c := Config{Name: "x", Timeout: 3}
	p := Point{x: 1, y: 2}
	o := OneLine{b: 1}
	w := WithEmbedded{n: 1}
	fmt.Println(c.Name, p.x, o.b, w.n)
}
