package main

import "fmt"

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
	Label    string
}

func main() {
	a := Point{1, 2}
	b := Point{X: 1, Y: 2}
	fmt.Println(a == b, a != Point{2, 1})
	r1 := Rect{Point{0, 0}, Point{2, 2}, "r"}
	r2 := r1
	fmt.Println(r1 == r2)
	r2.Max.Y = 3
	fmt.Println(r1 == r2)
	anon := struct {
		Name string
		Age  int
	}{"Ann", 30}
	fmt.Println(anon.Name, anon.Age)
	fmt.Printf("%v %+v\n", anon, anon)
	type named struct {
		Name string
		Age  int
	}
	n := named(anon)
	fmt.Println(n == named{"Ann", 30})
	var s struct{}
	fmt.Println(s == struct{}{})
	pts := []struct{ x, y int }{{1, 2}, {3, 4}}
	for _, p := range pts {
		fmt.Print(p.x+p.y, " ")
	}
	fmt.Println()
	m := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(m[a], m[Point{3, 4}], len(m))
	var z Rect
	fmt.Printf("%+v\n", z)
}
