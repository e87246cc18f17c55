package main

// A negative index into an array through a pointer: index out of range [-2].

func get(a *[4]string, i int) string { return a[i] }

func set(a *[4]string, i int, v string) { a[i] = v }

func main() {
	var a [4]string
	for i := range a {
		set(&a, i, string(rune('w'+i)))
	}
	for i := 0; i < len(a); i++ {
		print(get(&a, i), " ")
	}
	println()
	k := 3
	println("last via k:", get(&a, k))
	k -= 5
	println("k is now", k)
	println(get(&a, k))
	println("not reached")
}
