package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrStack = errors.New("stack underflow")

func eval(expr string) (result float64, err error) {
	var st []float64
	pop := func() float64 {
		if len(st) == 0 {
			panic(ErrStack)
		}
		v := st[len(st)-1]
		st = st[:len(st)-1]
		return v
	}
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, a := pop(), pop()
			switch tok {
			case "+":
				st = append(st, a+b)
			case "-":
				st = append(st, a-b)
			case "*":
				st = append(st, a*b)
			case "/":
				st = append(st, a/b)
			}
		default:
			v, perr := strconv.ParseFloat(tok, 64)
			if perr != nil {
				return 0, fmt.Errorf("bad token %q: %w", tok, perr)
			}
			st = append(st, v)
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("%d values left", len(st))
	}
	return st[0], nil
}

func main() {
	for _, e := range []string{"3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4", "1 +", "1 x +", "1 0 /", "10 4 /"} {
		v, err := eval(e)
		fmt.Printf("%-20q => %v, %v\n", e, v, err)
	}
}
