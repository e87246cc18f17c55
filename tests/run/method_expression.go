package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

type Shape interface{ Area() float64 }
type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

func main() {
	add := Point.Add
	fmt.Println(add(Point{1, 2}, Point{3, 4}))
	scale := (*Point).Scale
	p := Point{1, 1}
	scale(&p, 5)
	fmt.Println(p)
	addViaPtr := (*Point).Add
	fmt.Println(addViaPtr(&p, Point{1, 0}))
	area := Shape.Area
	fmt.Println(area(Sq(3)))
	fmt.Printf("%T\n", add)
	fmt.Printf("%T\n", scale)
	ops := []func(Point, Point) Point{Point.Add}
	fmt.Println(ops[0](Point{}, Point{7, 7}))
}
