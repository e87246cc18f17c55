// Valid program: variables, constants, operators, strings. gc accepts it
// with no diagnostics; `gocc check` must print nothing and exit 0.

package main

import "fmt"

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const big = 1 << 100
const small = big >> 98 // 4, fits any integer type

var global = compute(3)

func compute(n int) int { return n * n }

func main() {
	var i int = 42
	var f float64 = 1.5
	var b byte = 255
	var r rune = 'x'
	var s string = "hello"
	var u8 uint8 = small
	var c complex128 = complex(1, 2)
	x, y := 10, 3
	x, z := y, x // x reassigned, z new
	_ = z
	i += x * y / 2 % 7
	i <<= 2
	i &^= 1
	f *= 2
	b++
	r--
	s += ", world"
	var t bool = i > 3 && !(f < 1) || s == ""
	const typed int64 = 1 << 40
	var i64 = typed + 1
	var fl32 float32 = 1e38
	var mixed = 1 + 2.5 + 'a'
	var shifted = 1 << uint(3)
	var neg = -i
	var bits = ^uint(0) >> 1
	fmt.Println(i, f, b, r, s, u8, c, t, i64, fl32, mixed, shifted, neg, bits)
	fmt.Println(KB, MB, GB, Sunday, Monday, Tuesday, global, real(c), imag(c))
	fmt.Println(len(s), s[0], s[1:3], s[:2]+s[2:], string(r), []byte(s)[0], []rune(s)[1])
	for idx, ch := range "héllo" {
		fmt.Println(idx, ch)
	}
	var _ = x
	_ = i != 0
}
