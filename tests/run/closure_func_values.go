package main

import (
	"fmt"
	"strings"
)

type op func(int, int) int

func apply(f op, a, b int) int { return f(a, b) }

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func main() {
	ops := map[string]op{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, name := range []string{"add", "mul", "sub"} {
		fmt.Println(name, apply(ops[name], 7, 3))
	}
	var nilf func()
	fmt.Println(nilf == nil)
	up := compose(strings.ToUpper, strings.TrimSpace, func(s string) string { return s + "!" })
	fmt.Println(up("  hi there "))
	table := []struct {
		name string
		f    func(float64) float64
	}{
		{"double", func(x float64) float64 { return 2 * x }},
		{"square", func(x float64) float64 { return x * x }},
	}
	for _, t := range table {
		fmt.Println(t.name, t.f(1.5))
	}
	result := func(xs ...int) int {
		s := 0
		for _, x := range xs {
			s += x
		}
		return s
	}(1, 2, 3)
	fmt.Println(result)
}
