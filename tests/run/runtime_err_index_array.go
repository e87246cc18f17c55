package main

func get(a *[4]string, i int) string { return a[i] }

func main() {
	var a [4]string
	a[0] = "x"
	println(get(&a, 0))
	println(get(&a, -2))
}
