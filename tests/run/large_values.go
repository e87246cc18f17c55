// Values larger than a few hundred bytes (structs and arrays) used as values: copied, passed,
// returned, boxed, compared, captured, deferred, kept in maps and slices, carried round loops.
package main

import "fmt"

type Grid [40]int64 // 320 bytes

type Big struct {
	name string
	grid Grid
	tail [3]string
}

type Huge struct { // 80 KB: more than a stack temporary gets
	n    int
	data [10000]int64
}

func (b Big) Sum() int64 {
	var s int64
	for _, v := range b.grid {
		s += v
	}
	return s
}

func (b *Big) Bump() { b.grid[0]++ }

type Summer interface{ Sum() int64 }

func makeBig(name string, k int64) Big {
	var b Big
	b.name = name
	for i := range b.grid {
		b.grid[i] = k * int64(i)
	}
	b.tail = [3]string{name, "x", "y"}
	return b
}

func twoBigs(k int64) (Big, int, Big) {
	return makeBig("first", k), 7, makeBig("second", k+1)
}

func modify(b Big) Big {
	b.grid[1] = -1
	b.name += "!"
	return b
}

func hugeSum(h Huge) int64 {
	var s int64
	for _, v := range h.data {
		s += v
	}
	return s + int64(h.n)
}

func makeHuge(n int) Huge {
	var h Huge
	h.n = n
	for i := range h.data {
		h.data[i] = int64(i % 7)
	}
	return h
}

var global Big

func main() {
	a := makeBig("a", 2)
	b := a // a copy
	b.grid[0] = 100
	fmt.Println(a.grid[0], b.grid[0], a.Sum(), b.Sum())

	c := modify(a)
	fmt.Println(a.name, a.grid[1], c.name, c.grid[1])

	x, n, y := twoBigs(3)
	fmt.Println(x.name, n, y.name, x.Sum(), y.Sum())

	// Boxing and assertion.
	var s Summer = a
	a.grid[2] = 1000 // the box keeps its own copy
	fmt.Println(s.Sum(), a.Sum())
	var e interface{} = b
	if got, ok := e.(Big); ok {
		fmt.Println("assert ok", got.name, got.grid[0])
	}
	if _, ok := e.(Huge); !ok {
		fmt.Println("not Huge")
	}
	got := e.(Big)
	fmt.Println(got.tail)

	// Pointer receiver methods and method values.
	p := &a
	p.Bump()
	sum := a.Sum
	a.grid[3] = 5000 // the method value bound the old a
	fmt.Println(a.grid[0], sum(), a.Sum())
	var ps Summer = p
	fmt.Println(ps.Sum())

	// Comparison.
	d := a
	fmt.Println(d == a, d == b, d.grid == a.grid)

	// Loops carrying values: a swap through two loop variables.
	u, v := makeBig("u", 1), makeBig("v", 10)
	for i := 0; i < 3; i++ {
		u, v = v, u
		fmt.Println(i, u.name, v.name, u.grid[5], v.grid[5])
	}
	prev := makeBig("start", 0)
	for i := 1; i <= 3; i++ {
		cur := makeBig(fmt.Sprint("it", i), int64(i))
		fmt.Println(prev.name, "->", cur.name, prev.grid[1], cur.grid[1])
		prev = cur
	}

	// Closures: by value and by reference.
	w := makeBig("closure", 4)
	get := func() int64 { return w.grid[7] }
	fmt.Println(get())
	w.grid[7] = 9
	fmt.Println(get())

	// Defer with a large argument (evaluated at the defer).
	func() {
		z := makeBig("deferred", 5)
		defer func(b Big) { fmt.Println("deferred", b.name, b.grid[1]) }(z)
		z.name = "changed"
	}()

	// Maps and slices of large values.
	m := map[string]Big{}
	m["a"] = a
	m["c"] = c
	fmt.Println(m["a"].grid[0], m["c"].name, m["zz"].name == "", len(m))
	if v, ok := m["c"]; ok {
		fmt.Println("found", v.name)
	}
	if v, ok := m["none"]; !ok {
		fmt.Println("absent", v.grid[0], v.name == "")
	}
	names := []string{}
	for k, v := range m {
		names = append(names, fmt.Sprint(k, ":", v.name))
	}
	if names[0] > names[1] {
		names[0], names[1] = names[1], names[0]
	}
	fmt.Println(names)
	list := []Big{a, b}
	list = append(list, c, makeBig("appended", 1))
	fmt.Println(len(list), list[3].name, list[1].grid[0])
	for i, item := range list {
		fmt.Println(i, item.name, item.Sum())
	}
	arr := [3]Big{a, b, c}
	arr2 := arr
	arr2[1].name = "arr2"
	fmt.Println(arr[1].name, arr2[1].name, arr == arr2)

	// Globals.
	global = c
	g := global
	global.name = "global changed"
	fmt.Println(g.name, global.name)

	// A value bigger than a stack temporary.
	h := makeHuge(3)
	h2 := h
	h2.data[0] = 1000
	fmt.Println(hugeSum(h), hugeSum(h2), h == h2)
	var hi interface{} = h2
	fmt.Println(hi.(Huge).data[0])

	// Zero values.
	var zb Big
	fmt.Println(zb.Sum(), zb.name == "", zb == Big{})
	fmt.Printf("%v %d\n", zb.tail, len(zb.grid))
}
