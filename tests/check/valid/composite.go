// Valid program: composite literals, slices, arrays, maps and builtins.

package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Line struct {
	A, B Point
	Tag  string
}

func main() {
	pts := []Point{{1, 2}, {X: 3}, {}}
	ptrs := []*Point{{1, 1}, nil}
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	auto := [...]string{2: "c", 0: "a"}
	m := map[Point]string{{1, 2}: "p", {}: "origin"}
	nested := map[string][]Line{"x": {{A: Point{1, 2}, Tag: "t"}}}
	anon := struct {
		Name string
		Age  int
	}{"bob", 3}
	idx := []int{5: 1, 2, 0: 7}
	s := make([]int, 3, 10)
	s = append(s, 4, 5)
	s = append(s, idx...)
	b := append([]byte("abc"), "def"...)
	n := copy(s, []int{9, 9})
	n += copy(b, "xy")
	t := s[1:3:4]
	u := grid[1][:]
	p := &grid
	p[0][0] = 10
	pa := &auto
	last := pa[len(pa)-1]
	delete(m, Point{})
	v, ok := m[Point{1, 2}]
	cnt := make(map[string]int)
	cnt["a"]++
	ch := make(chan string, len(auto))
	ip := new(int)
	*ip = cap(t)
	sort.Ints(s)
	fmt.Println(pts, ptrs[0].X, grid, auto, m, nested, anon.Name, idx, s, b, n, t, u, last, v, ok, cnt, cap(ch), *ip)
	var zero [0]int
	var matrix [][]float64
	matrix = append(matrix, []float64{1.5})
	fmt.Println(len(zero), len(matrix[0]), len("const"), cap([3]int{}))
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	sl[0] = 100
	str := "hello"
	fmt.Println(arr[0] == sl[0], str[1:], str[:len(str)-1], &Line{Tag: "l"})
}
