package main

import "fmt"

// Asserting to an interface the dynamic type does not implement (pointer receiver):
// panic: interface conversion: main.Sq is not main.Shape: missing method Area

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }

func main() {
	var v interface{} = &Sq{3}
	fmt.Println(v.(Shape).Area())
	v = Sq{2}
	if _, ok := v.(Shape); !ok {
		fmt.Println("Sq (value) is not a Shape")
	}
	sh := v.(Shape)
	fmt.Println(sh.Area())
	fmt.Println("not reached")
}
