package main

type shape interface{ area() int }

type sq struct{ s int }

func (q sq) area() int { return q.s * q.s }

var shapes []shape

func keep(s shape) { shapes = append(shapes, s) }

func main() {
	keep(sq{2})
	var local shape = sq{3}
	_ = local.area()
	buf := make([]byte, 8)
	big := make([]byte, 1<<20)
	_, _ = buf, big
}
