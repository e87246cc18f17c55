package main

var sink *int

type T struct{ p *int }

func leak(p *int) { sink = p }

func keep(p *int) int { return *p }

func main() {
	x := 1
	leak(&x)
	y := 2
	_ = keep(&y)
	t := &T{}
	sink = t.p
}
