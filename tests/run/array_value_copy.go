package main

func modify(a [4]int) [4]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[4]int) {
	a[1] = 200
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[2] = 30
	println(a[2], b[2])
	c := modify(a)
	println(a[0], c[0])
	modifyPtr(&a)
	println(a[1])
	println("equal:", a == b, a == [4]int{1, 200, 3, 4})
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	row := grid[1]
	row[0] = 40
	println(grid[1][0], row[0])
	arrs := [][2]string{{"a", "b"}, {"c", "d"}}
	for _, p := range arrs {
		p[0] = "zz"
	}
	println(arrs[0][0], arrs[1][0])
	d := [...]int{5: 1, 2, 0: 7}
	println("len", len(d), d[0], d[5], d[6])
	var z [3]bool
	println(z[0], z[1], z[2], len(z))
	type pair struct{ a [2]int }
	p1 := pair{[2]int{1, 2}}
	p2 := p1
	p2.a[0] = 9
	println(p1.a[0], p2.a[0], p1 == p2)
}
