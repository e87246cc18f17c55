// errorcheck -0 -m -l

// gocc's own test (expectations checked against go tool compile -m -l, Go 1.19): gc prints an
// expression the way its type checker left it. A method call on a concrete type is a call of
// the method expression with the receiver first, embedded fields a selector passes through are
// spelled out, a variadic call's extra arguments are one `... argument...` (`nil...` without
// any), implicit & and * stay hidden and a constant keeps its source form.

package p

import "unsafe"

type Inner struct{ A, B int }

func (i Inner) Sum() int { return i.A + i.B }

func (i *Inner) Scale(k int) int { return i.A * k } // ERROR "i does not escape$"

type Outer struct {
	*Inner
	Name string
}

type Logger interface {
	Log(format string, args ...interface{}) int
}

func count(xs ...int) int { return len(xs) } // ERROR "xs does not escape$"

var sink interface{}

func calls(o Outer, in Inner, p *Inner, l Logger) { // ERROR "leaking param: l$" "o does not escape$" "p does not escape$"
	sink = in.Sum()               // ERROR "Inner.Sum\(in\) escapes to heap$"
	sink = p.Sum()                // ERROR "Inner.Sum\(p\) escapes to heap$"
	sink = in.Scale(2)            // ERROR "\(\*Inner\).Scale\(in, 2\) escapes to heap$"
	sink = o.Sum()                // ERROR "Inner.Sum\(o.Inner\) escapes to heap$"
	sink = o.A                    // ERROR "o.Inner.A escapes to heap$"
	sink = count()                // ERROR "count\(nil...\) escapes to heap$"
	sink = count(1, 2)            // ERROR "... argument does not escape$" "count\(... argument...\) escapes to heap$"
	sink = l.Log("x", 1)          // ERROR "... argument escapes to heap$" "1 escapes to heap$" "l.Log\(\x22x\x22, ... argument...\) escapes to heap$"
	sink = unsafe.Offsetof(in.B)  // ERROR "unsafe.Offsetof\(in.B\) escapes to heap$"
	sink = "n=" + o.Name + o.Name // ERROR "\x22n=\x22 \+ o.Name \+ o.Name escapes to heap$"
}
