package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func parse(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty")
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("bad digit %q", c)
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func swap(a, b string) (string, string) { return b, a }

func pass() (int, int) { return divmod(17, 5) }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	for _, s := range []string{"123", "", "12x"} {
		n, err := parse(s)
		fmt.Println(n, err)
	}
	a, b := swap("x", "y")
	fmt.Println(a, b)
	fmt.Println(pass())
	_, only := divmod(9, 4)
	fmt.Println(only)
	var x, y = pass()
	fmt.Println(x + y)
}
