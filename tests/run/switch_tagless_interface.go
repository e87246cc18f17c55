package main

import "fmt"

func classify(i any) string {
	// A switch without a tag compares each case with true; an interface case is compared as
	// an interface (true boxed as bool), so only a dynamic bool true matches.
	switch {
	case i:
		return "true"
	case false:
		return "unreachable"
	default:
		return "not true"
	}
}

type B bool

func main() {
	fmt.Println(classify(true))
	fmt.Println(classify(false))
	fmt.Println(classify(B(true)))
	fmt.Println(classify("true"))
	fmt.Println(classify(nil))

	var e error
	switch x := any(1.0); x {
	case nil:
		fmt.Println("nil")
	case e:
		fmt.Println("nil error")
	case 1:
		fmt.Println("int 1")
	case 1.0:
		fmt.Println("float 1")
	}
}
