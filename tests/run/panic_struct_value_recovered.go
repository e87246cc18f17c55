package main

import "fmt"

type Fault struct {
	Code int
	Msg  string
}

type Limits [2]int

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T %v %+v\n", r, r, r)
		if fv, ok := r.(Fault); ok {
			fmt.Println("fault code", fv.Code)
		}
	}()
	f()
}

func main() {
	try(func() { panic(Fault{404, "missing"}) })
	try(func() { panic(&Fault{500, "server"}) })
	try(func() { panic(Limits{1, 2}) })
	try(func() { panic([]string{"a", "b"}) })
	try(func() { panic(map[string]int{"k": 1}) })
	try(func() { panic(3.5) })
	try(func() { panic(nil) })
	try(func() { panic(struct{ A, B int }{1, 2}) })
	try(func() {})
}
