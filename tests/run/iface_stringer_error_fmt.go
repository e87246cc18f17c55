package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as stringer" }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q\n", Green, Green, Green, Green)
	cs := []Color{Blue, Red}
	fmt.Println(cs)
	m := map[Color]int{Green: 2, Red: 1}
	fmt.Println(m)
	var err error = NotFound{"k"}
	fmt.Println(err)
	fmt.Printf("%v|%s|%+v\n", err, err, err)
	fmt.Println(Both{})
	wrapped := fmt.Errorf("lookup: %w", err)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == err)
	type S struct {
		C Color
		E error
	}
	fmt.Printf("%v %+v\n", S{Blue, err}, S{Red, nil})
	p := &NotFound{"ptr"}
	fmt.Println(p)
}
