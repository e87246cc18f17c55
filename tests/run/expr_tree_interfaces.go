package main

import (
	"fmt"
	"strings"
)

type Expr interface {
	Eval(env map[string]float64) float64
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}
type Call struct {
	Fn   string
	Args []Expr
}

func (n Num) Eval(map[string]float64) float64 { return float64(n) }
func (n Num) String() string                   { return fmt.Sprint(float64(n)) }
func (v Var) Eval(env map[string]float64) float64 { return env[string(v)] }
func (v Var) String() string                      { return string(v) }

func (b Bin) Eval(env map[string]float64) float64 {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	panic("bad op " + string(b.Op))
}
func (b Bin) String() string { return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")" }

func (c Call) Eval(env map[string]float64) float64 {
	best := c.Args[0].Eval(env)
	for _, a := range c.Args[1:] {
		v := a.Eval(env)
		if (c.Fn == "max") == (v > best) {
			best = v
		}
	}
	return best
}
func (c Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}

func main() {
	e := Bin{'+', Bin{'*', Num(2), Var("x")}, Call{"max", []Expr{Var("y"), Num(3), Bin{'/', Var("x"), Num(4)}}}}
	for _, env := range []map[string]float64{{"x": 1, "y": 10}, {"x": 20, "y": 0}, {}} {
		fmt.Printf("%v = %g\n", e, e.Eval(env))
	}
	m := Call{"min", []Expr{Num(5), Bin{'-', Num(1), Num(3)}}}
	fmt.Println(m, "=", m.Eval(nil))
	var x Expr = Num(1)
	_, isBin := x.(Bin)
	fmt.Println(isBin)
}
