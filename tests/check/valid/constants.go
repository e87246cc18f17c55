// Valid program: constant expressions, conversions, shifts and unsafe.

package main

import (
	"fmt"
	"math"
	"unsafe"
)

type Small int8

const (
	A = iota * 10
	B
	C
	_
	E
)

const (
	Huge            = 1 << 100
	Reduced         = Huge >> 95 // 32
	Third           = 1.0 / 3
	Typed   float32 = Third
	MaxU8           = math.MaxUint8
	Str             = "go" + "lang"
	Len             = len(Str)
	Rune            = 'a' + 1
	Cplx            = 2i * 2i // -4, representable as int
	Bool            = Len > 3 && Str != ""
	MaxI64          = math.MaxInt64
)

type S struct {
	a byte
	b int32
	c [3]int16
}

const size = unsafe.Sizeof(S{})
const off = unsafe.Offsetof(S{}.c)
const align = unsafe.Alignof(int64(0))

var arr [Len]int
var arr2 [size]byte

func main() {
	var s Small = 127
	var u uint8 = MaxU8
	var i int = Cplx
	var f float64 = Huge // large, but representable as float64
	var r rune = Rune
	var shift uint = 3
	var x = 1 << shift // int
	var y int64 = 1 << shift
	var z = uint8(1) << 7
	var fl = float64(int(Third * 3))
	var conv = string(rune(65))
	var bs = []byte("x")
	var rs = []rune("héllo")
	var back = string(rs)
	var p = unsafe.Pointer(&arr)
	var up = uintptr(p)
	var pi = (*int)(p)
	fmt.Println(A, B, C, E, Reduced, Typed, Str, Len, Bool, MaxI64)
	fmt.Println(s, u, i, f, r, x, y, z, fl, conv, bs, back, up != 0, *pi, len(arr2), off, align)
	const local = iota // 0
	fmt.Println(local, math.Sqrt(2), int32(math.MinInt32), uint64(math.MaxUint64), -0.0, 1e-300*1e-300)
	var c complex64 = 1 + 2i
	fmt.Println(real(c), imag(c), complex(float32(1), 2))
}
