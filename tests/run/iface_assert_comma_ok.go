package main

import (
	"fmt"
	"strconv"
)

type Named interface{ Name() string }
type Aged interface{ Age() int }

type Person struct {
	name string
	age  int
}

func (p Person) Name() string { return p.name }
func (p Person) Age() int     { return p.age }

type Robot struct{ id int }

func (r *Robot) Name() string { return "robot-" + strconv.Itoa(r.id) }

func main() {
	things := []Named{Person{"ann", 30}, &Robot{7}}
	for _, t := range things {
		if a, ok := t.(Aged); ok {
			fmt.Println(t.Name(), "is", a.Age())
		} else {
			fmt.Println(t.Name(), "has no age")
		}
		p, ok := t.(Person)
		fmt.Println(" Person?", ok, p.name == "")
		r, ok := t.(*Robot)
		fmt.Println(" *Robot?", ok, r != nil)
	}
	var i interface{} = 42
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	n, ok := i.(int)
	fmt.Println(n, ok)
	f, ok := i.(fmt.Stringer)
	fmt.Println(f, ok)
	var nilI interface{}
	_, ok = nilI.(int)
	fmt.Println("nil assert ok:", ok)
	n2 := i.(int) + 1
	fmt.Println(n2)
	var e interface{} = Person{"bo", 1}
	named := e.(Named)
	fmt.Println(named.Name())
}
