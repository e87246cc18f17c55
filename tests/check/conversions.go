// errorcheck

// Type errors: invalid conversions.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

type MyInt int
type S struct{ a int }
type S2 struct{ a int }
type S3 struct{ b int }
type I interface{ M() }

func f() {
	var i int
	var f64 float64
	var s string
	var b bool
	var bs []byte
	var rs []rune
	var is []int
	var st S
	var p *int
	var c complex128
	_ = int(s)      // ERROR "cannot convert s \(variable of type string\) to type int"
	_ = string(f64) // ERROR "cannot convert f64 \(variable of type float64\) to type string"
	_ = bool(i)     // ERROR "cannot convert i \(variable of type int\) to type bool"
	_ = int(b)      // ERROR "cannot convert b \(variable of type bool\) to type int"
	_ = []byte(i)   // ERROR "cannot convert i \(variable of type int\) to type \[\]byte"
	_ = []int(s)    // ERROR "cannot convert s \(variable of type string\) to type \[\]int"
	_ = string(is)  // ERROR "cannot convert is \(variable of type \[\]int\) to type string"
	_ = S(S2{})
	_ = S3(st)        // ERROR "cannot convert st \(variable of type S\) to type S3"
	_ = float64(c)    // ERROR "cannot convert c \(variable of type complex128\) to type float64"
	_ = int("5")      // ERROR "cannot convert .5. \(untyped string constant\) to type int"
	_ = string(1.5)   // ERROR "cannot convert 1\.5 \(untyped float constant\) to type string"
	_ = (*float64)(p) // ERROR "cannot convert p \(variable of type \*int\) to type \*float64"
	_ = uintptr(p)    // ERROR "cannot convert p \(variable of type \*int\) to type uintptr"
	_ = I(i)          // ERROR "cannot convert i \(variable of type int\) to type I:\n\tint does not implement I \(missing M method\)"
	_ = MyInt("x")    // ERROR "cannot convert .x. \(untyped string constant\) to type MyInt"
	_ = int(i, i)     // ERROR "too many arguments in conversion to int"
	_ = int()         // ERROR "missing argument in conversion to int"
	_ = [2]int(is)    // ERROR "cannot convert is \(variable of type \[\]int\) to type \[2\]int"
	_ = map[string]int(nil)
	_ = (func())(nil)
	_ = bool("true")  // ERROR "cannot convert .true. \(untyped string constant\) to type bool"
	_ = complex128(s) // ERROR "cannot convert s \(variable of type string\) to type complex128"
	_ = struct{}(st)  // ERROR "cannot convert st \(variable of type S\) to type struct\{\}"
	_, _ = bs, rs
	_ = string(bs)
	_ = string(rs)
	_ = float64(i)
	_ = MyInt(i)
	_ = S(S2{})
	_ = int(nil) // ERROR "cannot convert nil to type int"
	_ = chan int(nil)
	_ = string(nil) // ERROR "cannot convert nil to type string"
}
