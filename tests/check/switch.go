// errorcheck

// Type errors: expression and type switches: duplicate cases, mismatched case types, impossible cases.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

type I interface{ M() }
type T struct{}

func (T) M() {}

type U struct{}

func f(x int, s string, v interface{}, i I) {
	switch x {
	case 1, 2:
	case 2: // ERROR "duplicate case 2 \(constant of type int\) in expression switch\n\tLINE-1(:[0-9]+)?: previous case"
	case 3, 3: // ERROR "duplicate case 3 \(constant of type int\) in expression switch\n\tLINE(:[0-9]+)?: previous case"
	}
	switch s {
	case "a":
	case "a": // ERROR "duplicate case .a. \(constant of type string\) in expression switch\n\tLINE-1(:[0-9]+)?: previous case"
	case 1: // ERROR "cannot convert 1 \(untyped int constant\) to string"
	}
	switch x {
	case "str": // ERROR "cannot convert .str. \(untyped string constant\) to int"
	case 1.5: // ERROR "1\.5 \(untyped float constant\) truncated to int"
	}
	switch x {
	default:
	default: // ERROR "multiple defaults \(first at LINE-1(:[0-9]+)?\)"
	}
	switch v.(type) {
	case int:
	case int: // ERROR "duplicate case int in type switch\n\tLINE-1(:[0-9]+)?: previous case"
	case string, string: // ERROR "duplicate case string in type switch\n\tLINE(:[0-9]+)?: previous case"
	}
	switch x.(type) { // ERROR "x \(variable of type int\) is not an interface"
	}
	switch t := v.(type) {
	case int, string:
		_ = t + 1 // ERROR "invalid operation: t \+ 1 \(mismatched types interface\{\} and int\)"
	case bool:
		_ = t
	}
	switch i.(type) {
	case T:
	case U: // ERROR "impossible type switch case: U\n\ti \(variable of type I\) cannot have dynamic type U \(missing M method\)"
	case *T:
	}
	switch v.(type) {
	case Undefined: // ERROR "undefined: Undefined"
	}
	switch y := v.(type) { // ERROR "y declared but not used"
	case nil:
	case nil: // ERROR "duplicate case nil in type switch\n\tLINE-1(:[0-9]+)?: previous case"
	}
	switch v := v.(type) {
	default:
	default: // ERROR "multiple defaults \(first at LINE-1(:[0-9]+)?\)"
		_ = v
	}
	var b bool
	switch b {
	case true:
	case true: // no error: gc does not report duplicate bool constant cases
	}
	var sl []int
	switch sl {
	case nil:
	}
	var fn func()
	switch fn {
	case fn: // ERROR "invalid case fn in switch on fn \(func can only be compared to nil\)"
	}
	switch {
	case 1: // ERROR "cannot convert 1 \(untyped int constant\) to bool"
	}
}
