// Compound assignment: the left side's operands are evaluated first, then the right side,
// then the left side's value is read, so a call on the right that changes the variable is
// seen (gc's order). Map elements with + - * & | ^ &^ are updated with one map assignment;
// / and % read the element first, so that a division by zero panics before the map changes.
package main

import "fmt"

var m = map[string]int{}
var fm = map[int]float64{}
var a [3]int
var x int

func setM() int  { m["k"] = 10; return 1 }
func setA() int  { a[1] = 20; return 2 }
func setX() int  { x = 30; return 3 }
func key() string { fmt.Println("key"); return "k" }
func val() int    { fmt.Println("val"); return 4 }

func main() {
	m["k"] += setM()
	a[1] += setA()
	x += setX()
	fmt.Println(m["k"], a[1], x)

	m[key()] -= val()
	fmt.Println(m["k"])

	m["n"]++
	m["n"]++
	m["n"]--
	m["n"] *= 7
	m["n"] |= 8
	m["n"] &^= 1
	m["n"] ^= 3
	m["n"] &= 13
	m["z"] <<= 2
	fmt.Println(m["n"], m["z"], len(m))

	fm[1] += 0.5
	fm[1] *= 3
	fm[2] -= 1.25
	fmt.Println(fm[1], fm[2], len(fm))

	defer func() {
		fmt.Println("recovered:", recover(), len(m))
		_, ok := m["d"]
		fmt.Println("d present:", ok)
	}()
	zero := 0
	m["d"] /= zero
}
