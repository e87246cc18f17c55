// errorcheck

// Type errors: constant declarations, iota and constant expressions.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

var v = 1

func fn() int { return 1 }

const (
	A = iota
	B
	C = "x" + iota // ERROR "invalid operation: .x. \+ iota \(mismatched types untyped string and untyped int\)"
	D = iota * 1.5
	E
)

const c1 = v             // ERROR "v \(variable of type int\) is not constant"
const c2 = fn()          // ERROR "fn\(\) \(value of type int\) is not constant"
const c3 = len([]int{1}) // ERROR "len\(\[\]int\{…\}\) \(value of type int\) is not constant"
const c4 = len("abc")
const c5 = len([3]int{})
const c6 int = "s"   // ERROR "cannot use .s. \(untyped string constant\) as int value in constant declaration"
const c7 = 1 / 0     // ERROR "invalid operation: division by zero"
const c8 = 1.0 / 0.0 // ERROR "invalid operation: division by zero"
const c9 uint8 = 255 + iota
const c10 = []int{1} // ERROR "\[\]int\{…\} \(value of type \[\]int\) is not constant"
const c11 = iota == iota+1
const c12 float32 = 1e50 // ERROR "cannot use 1e50 \(untyped float constant 1e\+50\) as float32 value in constant declaration \(overflows\)"
const c13 = 'a' * "b"    // ERROR "invalid operation: 'a' \* .b. \(mismatched types untyped rune and untyped string\)"
const c14 = nil          // ERROR "nil is not constant"
const c15 int = 1.0
const c16 int = 1.1  // ERROR "cannot use 1\.1 \(untyped float constant\) as int value in constant declaration \(truncated\)"
const c17 = 10 % 3.0 // ERROR "invalid operation: operator % not defined on 10 \(untyped float constant\)"
const c18 bool = 1 == 1
const c19 = -c9 // ERROR "-c9 \(constant -255 of type uint8\) overflows uint8"

var x = iota // ERROR "cannot use iota outside constant declaration"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday string = iota // ERROR "cannot use iota \(untyped int constant 2\) as string value in constant declaration"
)

func f() {
	const local = iota
	c4 = 5             // ERROR "cannot assign to c4 \(constant 3 of type int\)"
	A++                // ERROR "cannot assign to A \(untyped int constant 0\)"
	var i int = Sunday // ERROR "cannot use Sunday \(constant 0 of type Weekday\) as type int in variable declaration"
	_ = i
	const big = 1 << 62
	var i32 int32 = big // ERROR "cannot use big \(untyped int constant 4611686018427387904\) as int32 value in variable declaration \(overflows\)"
	_ = i32
}
