package main

// Dereferences of a nil pointer panic even when the loaded value is never used or only an
// address is computed (gc's explicit nil checks): `_ = p.x`, `&p.f`, `_ = *p`, `p[i]` of a nil
// *[N]T, `p[:]`, a value method called through a nil pointer, an argument the callee ignores,
// range with values over a nil *[N]T. Calling a pointer method on nil and range without values
// over a nil *[N]T do not dereference.

import "fmt"

type T struct {
	x, y int
	a    [4]int
}

func (t T) Value() int    { return 1 }
func (t *T) Pointer() int { return 2 }

func ignore(int) {}

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%-14s %v\n", name, recover())
	}()
	f()
}

func main() {
	var p *T
	var pa *[3]int
	var pi *int
	try("_ = p.x", func() { _ = p.x })
	try("_ = p.y", func() { _ = p.y })
	try("&p.y", func() { q := &p.y; _ = q })
	try("&p.a[2]", func() { q := &p.a[2]; _ = q })
	try("_ = *pi", func() { _ = *pi })
	try("*pi = 1", func() { *pi = 1 })
	try("_ = pa[1]", func() { _ = pa[1] })
	try("pa[:]", func() { s := pa[:]; _ = s })
	try("p.Value()", func() { _ = p.Value() })
	try("p.Value", func() { f := p.Value; _ = f })
	try("ignore(p.x)", func() { ignore(p.x) })
	try("range pa", func() {
		for _, v := range pa {
			_ = v
		}
	})
	try("p.Pointer()", func() { fmt.Println(p.Pointer()) })
	try("range pa keys", func() {
		n := 0
		for i := range pa {
			n += i
		}
		fmt.Println(n)
	})
	t := &T{x: 1}
	try("t.x", func() { fmt.Println(t.x, t.Value()) })
}
