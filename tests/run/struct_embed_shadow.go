package main

import "fmt"

type A struct{ X, Y int }

func (A) Who() string   { return "A" }
func (A) OnlyA() string { return "onlyA" }

type B struct{ X, Z int }

func (B) Who() string { return "B" }

type C struct {
	A
	B
	X int
}

func (C) Who() string { return "C" }

type D struct {
	C
}

func main() {
	c := C{A{1, 2}, B{3, 4}, 5}
	fmt.Println(c.X, c.A.X, c.B.X, c.Y, c.Z)
	fmt.Println(c.Who(), c.A.Who(), c.B.Who(), c.OnlyA())
	d := D{c}
	fmt.Println(d.X, d.Y, d.Z, d.Who(), d.OnlyA())
	d.Y = 20
	d.C.B.Z = 40
	fmt.Println(d.C.A.Y, d.C.B.Z, c.Y)
	fmt.Printf("%+v\n", d)
}
