package main

import "fmt"

func f() {
	defer func() {
		fmt.Println("recovered in f:", recover())
	}()
	defer func() {
		panic("second panic from defer")
	}()
	panic("first panic")
}

func g() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("g: %v", r)
		}
	}()
	defer fmt.Println("g's plain defer runs during panic")
	var m map[string]int
	m["x"] = 1
	return nil
}

func main() {
	f()
	fmt.Println(g())
	fmt.Println("done")
}
