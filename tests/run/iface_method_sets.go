package main

import "fmt"

type Mover interface{ Move() string }

type Car struct{ name string }

func (c Car) Move() string { return c.name + " drives" }

type Plane struct{ name string }

func (p *Plane) Move() string { return p.name + " flies" }

type Fleet struct {
	*Plane
}

type Garage struct {
	Car
}

func main() {
	var movers []Mover
	movers = append(movers, Car{"car1"}, &Car{"car2"}, &Plane{"plane1"})
	movers = append(movers, Fleet{&Plane{"fleetplane"}}, Garage{Car{"garaged"}}, &Garage{Car{"pgarage"}})
	for _, m := range movers {
		fmt.Printf("%-22T %s\n", m, m.Move())
	}
	c := Car{"orig"}
	var m Mover = c
	c.name = "changed"
	fmt.Println(m.Move())
	p := &Plane{"p"}
	m = p
	p.name = "changed plane"
	fmt.Println(m.Move())
}
