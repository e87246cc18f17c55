package main

func main() {
	var m map[string]int
	println(m == nil, len(m), m["x"])
	v, ok := m["y"]
	println(v, ok)
	delete(m, "z")
	n := 0
	for range m {
		n++
	}
	println("iterations:", n)
	var ms map[int][]string
	println(len(ms[3]), ms[3] == nil)
	var mm map[string]map[string]int
	println(mm["a"]["b"])
	m = make(map[string]int)
	m["x"] = 1
	println(m == nil, len(m), m["x"])
	m = nil
	println(len(m))
}
