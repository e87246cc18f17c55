package main

import "fmt"

// Calling a nil func value:
// panic: runtime error: invalid memory address or nil pointer dereference

type Handler func(string) string

var handlers = map[string]Handler{
	"shout": func(s string) string { return s + "!" },
	"quiet": func(s string) string { return "(" + s + ")" },
}

func main() {
	for _, name := range []string{"shout", "quiet"} {
		fmt.Println(handlers[name]("hi"))
	}
	h := handlers["lower"]
	fmt.Println("handler is nil:", h == nil)
	fmt.Println(h("hi"))
	fmt.Println("not reached")
}
