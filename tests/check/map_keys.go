// errorcheck

// Type errors: map key types must be comparable, checked once every type is complete (a key
// may be a named type declared later, or one still being declared).
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

type I interface{ M() }
type S struct {
	a int
	b string
	c [2]float64
	p *int
	i I
}
type F func()

type T1 struct {
	m map[T2]int // ERROR "invalid map key type T2"
	n *T2
}

type T2 T1

var late map[Later]bool // ERROR "invalid map key type Later"

type Later struct{ f []int }

func f() {
	_ = map[S]int{}              // no error: every field comparable
	_ = map[I]bool{}             // no error: interfaces compare
	_ = map[[2]S]int{}           // no error
	_ = map[interface{}]int{}    // no error
	_ = map[F]int{}              // ERROR "invalid map key type F"
	_ = map[[]int]int{}          // ERROR "invalid map key type \[\]int"
	var m map[map[int]int]string // ERROR "invalid map key type map\[int\]int"
	_ = m
	type L struct{ s []byte }
	_ = map[L]int{}    // ERROR "invalid map key type L"
	_ = map[[3]L]int{} // ERROR "invalid map key type \[3\]L"
}
