package main

import "fmt"

type S struct{ n int }

func (s S) Val() int     { return s.n }
func (s *S) Inc()        { s.n++ }
func (s S) name() string { return fmt.Sprint("S", s.n) }

type Valer interface{ Val() int }
type Incer interface {
	Val() int
	Inc()
}
type namer interface{ name() string }

type Shape interface{ Area() int }
type Sq struct{ side int }

func (q Sq) Area() int { return q.side * q.side }

func describe(x any) {
	_, v := x.(Valer)
	_, i := x.(Incer)
	_, n := x.(namer)
	fmt.Printf("%T: Valer %v Incer %v namer %v\n", x, v, i, n)
}

func main() {
	// Value embedding: the value's method set has S's value methods only.
	zs := struct{ S }{S{1}}
	var v Valer = zs
	fmt.Println(v.Val())
	var nm namer = zs
	fmt.Println(nm.name())
	describe(zs)
	describe(&zs)
	var inc Incer = &zs
	inc.Inc()
	inc.Inc()
	fmt.Println(zs.n, inc.Val())

	// Pointer embedding: the value's method set has all of S's methods.
	zp := struct{ *S }{&S{10}}
	describe(zp)
	inc = zp
	inc.Inc()
	fmt.Println(zp.n, inc.Val())

	// An embedded interface is promoted too.
	shapes := []struct{ Shape }{{Sq{2}}, {Sq{3}}}
	total := 0
	for _, s := range shapes {
		var sh Shape = s
		total += sh.Area()
	}
	fmt.Println(total)

	// Two levels: the unnamed struct embeds a named struct that embeds S.
	type Outer struct{ S }
	zo := struct{ Outer }{Outer{S{7}}}
	describe(zo)
	v = zo
	fmt.Println(v.Val())

	// Identical type literals written in two places share one method set.
	var a any = struct{ S }{S{5}}
	if w, ok := a.(Valer); ok {
		fmt.Println("asserted", w.Val())
	}
	b := a.(struct{ S })
	fmt.Println(b.Val(), b.name())
}
