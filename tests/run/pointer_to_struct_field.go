package main

import "fmt"

type Vec struct{ X, Y float64 }

type Body struct {
	Pos, Vel Vec
	Mass     float64
}

func (v *Vec) Add(o Vec) { v.X += o.X; v.Y += o.Y }

func step(bs []Body) {
	for i := range bs {
		b := &bs[i]
		b.Pos.Add(b.Vel)
	}
}

func main() {
	bodies := []Body{{Vel: Vec{1, 0}, Mass: 1}, {Pos: Vec{10, 10}, Vel: Vec{-1, 0.5}, Mass: 2}}
	for i := 0; i < 3; i++ {
		step(bodies)
	}
	for _, b := range bodies {
		fmt.Printf("%.1f %.1f\n", b.Pos.X, b.Pos.Y)
	}
	px := &bodies[0].Pos.X
	*px = 99
	fmt.Println(bodies[0].Pos)
	for _, b := range bodies {
		b.Mass = 0
	}
	fmt.Println(bodies[0].Mass, bodies[1].Mass)
	m := map[string]*Body{"a": &bodies[1]}
	m["a"].Mass = 7
	fmt.Println(bodies[1].Mass)
}
