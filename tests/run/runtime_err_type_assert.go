package main

import "fmt"

// A failed non-comma-ok type assertion:
// panic: interface conversion: interface {} is string, not int

func double(v interface{}) int {
	return v.(int) * 2
}

func main() {
	var v interface{} = "a string"
	s := v.(string)
	fmt.Println(s)
	fmt.Println(double(21))
	if _, ok := v.(int); !ok {
		fmt.Println("comma-ok form does not panic")
	}
	n := double(v)
	fmt.Println(n)
	fmt.Println("not reached")
}
