package main

import (
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Words []string

func (w Words) Join() string { return strings.Join(w, " ") }

type Set map[string]bool

func (s Set) Add(k string) Set { s[k] = true; return s }
func (s Set) Has(k string) bool { return s[k] }

type Op func(int) int

func (f Op) Twice(x int) int { return f(f(x)) }

type Bits uint8

func (b Bits) Has(flag Bits) bool { return b&flag != 0 }
func (b *Bits) Set(flag Bits)     { *b |= flag }

func main() {
	fmt.Println(Celsius(21.55))
	fmt.Printf("%v %s %d\n", Celsius(-3), Celsius(0), 5)
	fmt.Println(Words{"a", "b", "c"}.Join())
	s := Set{}
	s.Add("x").Add("y")
	fmt.Println(s.Has("x"), s.Has("z"), len(s))
	inc := Op(func(x int) int { return x + 3 })
	fmt.Println(inc.Twice(1))
	var b Bits
	b.Set(4)
	b.Set(1)
	fmt.Println(b, b.Has(4), b.Has(2))
	temps := []Celsius{1, 2.25}
	fmt.Println(temps)
}
