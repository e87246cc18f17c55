package main

func main() {
	var arr [7]int
	s := arr[2:5]
	println("array", len(arr), cap(arr), "slice", len(s), cap(s))
	str := "héllo"
	println("string", len(str), len("abc"), len(""))
	m := map[int]bool{1: true, 2: false}
	println("map", len(m))
	pa := &arr
	println("ptr to array", len(pa), cap(pa))
	const c = len([3]int{})
	println("const len", c)
	var ns []string
	var nm map[string]int
	println("nil", len(ns), cap(ns), len(nm))
	bs := make([]byte, 2, 10)
	println(len(bs[:cap(bs)]), cap(bs[1:]), cap(bs[3:5:6]))
	multi := [2][5]int{}
	println(len(multi), len(multi[0]))
	println(len([]rune(str)))
}
