package main

import "fmt"

type resource struct{ name string }

func (r *resource) Close() { fmt.Println("close", r.name) }

func process(names []string) {
	for _, n := range names {
		r := &resource{n}
		defer r.Close()
		fmt.Println("open", n)
	}
	fmt.Println("processing done")
}

func methodValueDefer() {
	r := &resource{"first"}
	defer r.Close()
	r = &resource{"second"}
	r.name = "second-renamed"
}

func main() {
	process([]string{"a", "b", "c"})
	methodValueDefer()
	for i := 0; i < 2; i++ {
		func() {
			defer fmt.Println("inner defer", i)
			fmt.Println("inner body", i)
		}()
	}
	var fs []func()
	defer func() {
		for _, f := range fs {
			f()
		}
	}()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Println("stored closure sees", i) })
	}
}
