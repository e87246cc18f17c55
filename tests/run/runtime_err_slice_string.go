package main

func main() {
	str := "hello"
	lo, hi := 4, 2
	println(str[lo:])
	println(str[lo:hi])
}
