// go and defer calls with an explicit slice literal spread into the variadic parameter: the
// elements are evaluated at the statement, the slice is made when the call happens.
package main

import "fmt"

func f(xs ...*int) {
	for _, x := range xs {
		fmt.Println(*x)
	}
}

type T struct{ n int }

func (t *T) m(prefix string, xs ...int) { fmt.Println(prefix, t.n, xs) }

func g() {
	a, b := 1, 2
	defer f([]*int{&a, &b}...)
	defer f([]*int{}...)
	t := &T{7}
	defer t.m("m", []int{a, b, 3}...)
	h := t.m
	defer h("h", []int{}...)
	a, b = 10, 20
	for i := 0; i < 2; i++ {
		defer f([]*int{&i}...)
	}
	done := make(chan bool)
	go func(xs ...int) { fmt.Println("go", xs); done <- true }([]int{a, b}...)
	<-done
}

func main() { g() }
