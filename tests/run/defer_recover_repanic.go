package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(fmt.Sprintf("re-panic of [%v]", r))
	}()
	panic("original")
}

func outer() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("outer recovered: ", r)
		}
	}()
	inner()
	return "not reached"
}

func noPanic() {
	defer func() {
		fmt.Println("recover with no panic:", recover())
	}()
}

func main() {
	fmt.Println(outer())
	noPanic()
	func() {
		defer func() { fmt.Println("second recover:", recover()) }()
		defer func() { fmt.Println("first recover:", recover()) }()
		panic(42)
	}()
	fmt.Println("main continues")
}
