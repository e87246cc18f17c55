package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Triangle struct{ A, B, C float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (c Circle) Area() float64    { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 {
	return 2 * math.Pi * c.R
}
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }

func (c Circle) String() string { return fmt.Sprintf("Circle(r=%g)", c.R) }

type byArea []Shape

func (s byArea) Len() int           { return len(s) }
func (s byArea) Less(i, j int) bool { return s[i].Area() < s[j].Area() }
func (s byArea) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Triangle{3, 4, 5}, Rect{1, 1}, Circle{2}}
	sort.Sort(byArea(shapes))
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%-14v area=%7.3f perim=%7.3f\n", s, s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total %.4f\n", total)
	counts := map[string]int{}
	for _, s := range shapes {
		counts[fmt.Sprintf("%T", s)]++
	}
	fmt.Println(counts)
}
