package main

import (
	"fmt"
	"sort"
)

type Planet struct {
	Name string
	Mass float64
	Dist float64
}

type By func(p1, p2 *Planet) bool

type planetSorter struct {
	planets []Planet
	by      By
}

func (s *planetSorter) Len() int           { return len(s.planets) }
func (s *planetSorter) Swap(i, j int)      { s.planets[i], s.planets[j] = s.planets[j], s.planets[i] }
func (s *planetSorter) Less(i, j int) bool { return s.by(&s.planets[i], &s.planets[j]) }

func (by By) Sort(ps []Planet) { sort.Sort(&planetSorter{ps, by}) }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	ps := []Planet{
		{"Mercury", 0.055, 0.4}, {"Venus", 0.815, 0.7}, {"Earth", 1.0, 1.0}, {"Mars", 0.107, 1.5},
	}
	By(func(a, b *Planet) bool { return a.Name < b.Name }).Sort(ps)
	fmt.Println("by name:", ps)
	By(func(a, b *Planet) bool { return a.Mass < b.Mass }).Sort(ps)
	fmt.Println("by mass:", ps)
	By(func(a, b *Planet) bool { return a.Dist > b.Dist }).Sort(ps)
	fmt.Println("by dist desc:", ps)
	words := byLen{"banana", "kiwi", "fig", "cherry", "apple"}
	sort.Stable(words)
	fmt.Println(words, sort.IsSorted(words))
}
