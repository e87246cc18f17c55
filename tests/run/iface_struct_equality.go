package main

import "fmt"

type P struct{ X, Y int }
type Q struct{ X, Y int }

type Key interface{}

func main() {
	var a interface{} = P{1, 2}
	var b interface{} = P{1, 2}
	var c interface{} = Q{1, 2}
	var d interface{} = &P{1, 2}
	var e interface{} = &P{1, 2}
	fmt.Println(a == b, a == c, d == e, d == d)
	fmt.Println(a == P{1, 2}, c != P{1, 2})
	var n1, n2 interface{}
	fmt.Println(n1 == n2, n1 == nil, a != nil)
	var i1 interface{} = 3
	var i2 interface{} = int64(3)
	var i3 interface{} = 3
	fmt.Println(i1 == i2, i1 == i3)
	var s1 fmt.Stringer
	var s2 interface{} = s1
	fmt.Println(s2 == nil)
	arr1 := [2]interface{}{1, "x"}
	arr2 := [2]interface{}{1, "x"}
	fmt.Println(arr1 == arr2)
	type W struct{ V interface{} }
	fmt.Println(W{1} == W{1}, W{"a"} == W{1})
	var f1 interface{} = 0.0
	var f2 interface{} = -0.0
	fmt.Println(f1 == f2)
	var e1 error = fmt.Errorf("x")
	var e2 error = e1
	fmt.Println(e1 == e2)
}
