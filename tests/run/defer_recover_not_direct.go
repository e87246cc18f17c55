package main

import "fmt"

func helper() interface{} { return recover() }

func tryIndirect() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("outer caught ", r)
		}
	}()
	func() {
		defer func() {
			r := helper()
			fmt.Println("helper's recover returned:", r)
		}()
		panic("p1")
	}()
	return "unreachable"
}

func deferRecoverDirect() {
	defer recover()
	panic("not recovered by deferring recover itself")
}

func main() {
	fmt.Println(tryIndirect())
	func() {
		defer func() { fmt.Println("caught:", recover()) }()
		deferRecoverDirect()
	}()
}
