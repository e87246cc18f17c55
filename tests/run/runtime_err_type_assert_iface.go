package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }

func main() {
	var v interface{} = Sq{2}
	if _, ok := v.(Shape); !ok {
		fmt.Println("Sq (value) is not a Shape")
	}
	sh := v.(Shape)
	fmt.Println(sh.Area())
}
