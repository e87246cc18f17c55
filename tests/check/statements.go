// errorcheck

// Type errors: expression statements, assignability of operands, range clauses, blank identifier.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

func two() (int, int) { return 1, 2 }
func one() int        { return 1 }

type T struct{ f int }

func getT() T { return T{} }

func f() {
	x := 1
	x == 1 // ERROR "x == 1 \(untyped bool value\) is not used"
	x + 1  // ERROR "x \+ 1 \(value of type int\) is not used"
	one    // ERROR "one \(value of type func\(\) int\) is not used"
	1      // ERROR "1 \(untyped int constant\) is not used"
	"s"    // ERROR ".s. \(untyped string constant\) is not used"
	one()
	two()
	getT().f = 1 // ERROR "cannot assign to getT\(\)\.f \(value of type int\)"
	one() = 2    // ERROR "cannot assign to one\(\) \(value of type int\)"
	_ = x
	var m map[string]T
	m["a"].f = 1        // ERROR "cannot assign to struct field m\[.a.\]\.f in map"
	len("a") = 1        // ERROR "cannot assign to len\(.a.\) \(constant 1 of type int\)"
	x, one() = 1, 2     // ERROR "cannot assign to one\(\) \(value of type int\)"
	nil = 1             // ERROR "cannot assign to nil"
	_ = _               // ERROR "cannot use _ as value or type"
	var _ = _           // ERROR "cannot use _ as value or type"
	x = _               // ERROR "cannot use _ as value or type"
	-x                  // ERROR "-x \(value of type int\) is not used"
	x := 3              // ERROR "no new variables on left side of :="
	T{}.f = 5           // ERROR "cannot assign to T\{\}\.f \(value of type int\)"
	for i := range 10 { // ERROR "cannot range over 10 \(untyped int constant\)"
		_ = i
	}
	var ch chan int
	for i, v := range ch { // ERROR "i declared but not used" "range over ch \(variable of type chan int\) permits only one iteration variable"
	}
	for range x { // ERROR "cannot range over x \(variable of type int\)"
	}
	var iface interface{}
	for range iface { // ERROR "cannot range over iface \(variable of type interface\{\}\)"
	}
	var fn func()
	for range fn { // ERROR "cannot range over fn \(variable of type func\(\)\)"
	}
	var str string = one() + "x" // ERROR "invalid operation: one\(\) \+ .x. \(mismatched types int and untyped string\)"
	_ = str
}
