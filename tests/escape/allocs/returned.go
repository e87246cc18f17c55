// Pointers returned from their frame: each site below runs once and must be on the heap, or
// the values read after other calls have reused the stack would be garbage.
package main

type point struct{ x, y int }

func newInt(v int) *int {
	x := v // moved to heap
	return &x
}

func newPoint(x, y int) *point {
	return &point{x, y} // escapes
}

func newBox(v int) *[4]int {
	b := new([4]int) // escapes
	b[0], b[3] = v, v*2
	return b
}

// Stays in the frame: no allocation.
func sum(a, b int) int {
	p := &point{a, b} // does not escape
	q := new(int)     // does not escape
	*q = p.x + p.y
	return *q
}

func clobber(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n + i
	}
	return a[n%64]
}

func main() {
	p := newInt(7)
	pt := newPoint(3, 4)
	b := newBox(5)
	clobber(11)
	println(*p, pt.x, pt.y, b[0], b[3], sum(1, 2))
}
