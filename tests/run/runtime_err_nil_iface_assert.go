package main

type T struct{}

func main() {
	var v interface{}
	_, ok := v.(T)
	println("comma-ok on nil:", ok)
	_ = v.(T)
}
