package exprs

import "unsafe"

type T struct{ a []int; m map[string]T }

func exprs(t *T, p unsafe.Pointer) {
	_ = 1 + 2*3 - 4/5%6<<7>>8&9|10^11&^12
	_ = !true && false || 1 < 2 && 3 <= 4 && 5 > 6 && 7 >= 8 && 9 == 10 && 11 != 12
	_ = -1 + +2 + ^3
	_ = 'a' + '\n' + '\x41' + '\u00e9' + '\U0001F600' + '\377' + '\''
	_ = "str\t\"q\"\\" + `raw
string` + "\u65e5本"
	_ = 0b1010 + 0o777 + 0777 + 0x_FF + 1_000_000
	_ = 1.5e10 + .5 + 1. + 0x1p-2 + 0X1.8P+3 + 1e-3i + 2i
	_ = t.a[1:2] [0:1:1]
	_ = t.a[:]
	_ = t.m["k"].a[len(t.a)-1]
	_ = (*T)(nil)
	_ = []int{1, 2, 3}
	_ = [...]string{0: "a", 5: "b"}
	_ = map[string][]int{"a": {1}, "b": nil}
	_ = struct{ x, y int }{y: 1}
	_ = [][]T{{}, {a: nil}}
	_ = func(x int) int { return x * x }(3)
	_ = (*int)(p)
	_ = &T{}
	_ = *&t
	var c chan int
	_ = <-c
	_, ok := <-c
	_ = ok
	var i interface{} = t
	_ = i.(*T).a
	_ = len("abc") + cap(t.a)
	_ = new(int)
	_ = make(chan<- chan int, 10)
}
