// A named type declared as another named type that is itself still being declared (T2 is met
// inside T1's fields): T2 gets T1's underlying struct once T1 has one, whatever the order of
// the declarations (Go's test/fixedbugs/bug336.go).
package main

import "fmt"

type T1 struct {
	Next *T2
}

type T2 T1

type T3 struct {
	Next *T4
}

type T4 T5
type T5 T6
type T6 T3

func main() {
	a := &T1{&T2{}}
	b := T4{Next: &T4{}}
	var c T6 = T6(b)
	fmt.Println(a.Next.Next == nil, b.Next.Next == nil, c.Next != nil)
}
