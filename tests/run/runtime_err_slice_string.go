package main

// Slicing a string with lo > hi ends the program:
// panic: runtime error: slice bounds out of range [4:2]

func window(s string, lo, hi int) string {
	return s[lo:hi]
}

func main() {
	str := "hello"
	println(window(str, 0, 5))
	println(window(str, 1, 3))
	println(window(str, 5, 5) == "")
	for i := 0; i <= len(str); i++ {
		print(window(str, i, len(str)), "|")
	}
	println()
	lo, hi := 4, 2
	println(str[lo:])
	println(window(str, lo, hi))
	println("not reached")
}
