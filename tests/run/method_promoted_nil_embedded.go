package main

import "fmt"

type Inner struct{ n int }

func (i *Inner) Safe() string {
	if i == nil {
		return "nil receiver handled"
	}
	return fmt.Sprint("n=", i.n)
}

func (i *Inner) Value() int { return i.n }

type Outer struct {
	*Inner
	name string
}

func main() {
	o := Outer{name: "o"}
	fmt.Println(o.Safe())
	o.Inner = &Inner{5}
	fmt.Println(o.Safe(), o.Value(), o.n)
	o.Inner = nil
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	f := o.Safe
	fmt.Println(f())
	fmt.Println(o.Value())
}
