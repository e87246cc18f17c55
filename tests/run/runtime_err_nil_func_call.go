package main

import "fmt"

type Handler func(string) string

var handlers = map[string]Handler{
	"upper": func(s string) string { return s + "!" },
}

func main() {
	fmt.Println(handlers["upper"]("hi"))
	h := handlers["lower"]
	fmt.Println("handler is nil:", h == nil)
	fmt.Println(h("hi"))
}
