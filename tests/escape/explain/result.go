package main

type pair struct{ a, b *int }

func first(p *pair) *int { return p.a }

func id(x *int) *int { return x }

func mk(v int) *pair {
	w := v
	return &pair{a: &w}
}

func main() {
	x, y := 1, 2
	p := pair{&x, &y}
	_ = first(&p)
	q := id(&x)
	_ = q
	r := mk(3)
	_ = r
}
