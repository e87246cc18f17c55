// errorcheck

// Type errors: invalid unary/binary operations: mismatched types, undefined operators, division by zero, comparability.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

type MyInt int
type S struct{ a int }

func f() {
	var i int
	var i64 int64
	var f float64
	var s string
	var b bool
	var mi MyInt
	var st S
	var sl []int
	var m map[int]int
	var fn func()
	var p *int
	_ = i + i64   // ERROR "invalid operation: i \+ i64 \(mismatched types int and int64\)"
	_ = i * f     // ERROR "invalid operation: i \* f \(mismatched types int and float64\)"
	_ = s + i     // ERROR "invalid operation: s \+ i \(mismatched types string and int\)"
	_ = mi + i    // ERROR "invalid operation: mi \+ i \(mismatched types MyInt and int\)"
	_ = b + b     // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	_ = s - s     // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = s * 2     // ERROR "invalid operation: s \* 2 \(mismatched types string and untyped int\)"
	_ = f % 2.0   // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	_ = f & 1     // ERROR "invalid operation: operator & not defined on f \(variable of type float64\)"
	_ = b && i    // ERROR "invalid operation: b && i \(mismatched types bool and int\)"
	_ = i || b    // ERROR "invalid operation: i \|\| b \(mismatched types int and bool\)"
	_ = !i        // ERROR "invalid operation: operator ! not defined on i \(variable of type int\)"
	_ = -s        // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = ^f        // ERROR "invalid operation: operator \^ not defined on f \(variable of type float64\)"
	_ = i / 0     // ERROR "invalid operation: division by zero"
	_ = f / 0     // no error: only integer (or constant) division by constant zero is reported
	_ = i % 0     // ERROR "invalid operation: division by zero"
	_ = 10 / 0    // ERROR "invalid operation: division by zero"
	_ = st < st   // ERROR "invalid operation: st < st \(operator < not defined on struct\)"
	_ = sl == sl  // ERROR "invalid operation: sl == sl \(slice can only be compared to nil\)"
	_ = m == m    // ERROR "invalid operation: m == m \(map can only be compared to nil\)"
	_ = fn == fn  // ERROR "invalid operation: fn == fn \(func can only be compared to nil\)"
	_ = b < b     // ERROR "invalid operation: b < b \(operator < not defined on bool\)"
	_ = p < p     // ERROR "invalid operation: p < p \(operator < not defined on pointer\)"
	_ = i == s    // ERROR "invalid operation: i == s \(mismatched types int and string\)"
	_ = sl == nil // no error
	_ = i == nil  // ERROR "invalid operation: i == nil \(mismatched types int and untyped nil\)"
	_ = 1 + "a"   // ERROR "invalid operation: 1 \+ .a. \(mismatched types untyped int and untyped string\)"
	_ = "a" + 'b' // ERROR "invalid operation: .a. \+ 'b' \(mismatched types untyped string and untyped rune\)"
	i += s        // ERROR "invalid operation: i \+= s \(mismatched types int and string\)"
	s += 1        // ERROR "invalid operation: s \+= 1 \(mismatched types string and untyped int\)"
	i &^= f       // ERROR "invalid operation: i &\^= f \(mismatched types int and float64\)"
	b++           // ERROR "invalid operation: b\+\+ \(non-numeric type bool\)"
	s--           // ERROR "invalid operation: s-- \(non-numeric type string\)"
	_ = +b        // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
}
