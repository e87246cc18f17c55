// errorcheck

// Fixture for the errorcheck harness: compiled by gc (gc_compile.sh), it
// must PASS. Exercises several regexps per line, LINE-n, tab continuation
// lines and "////"-disabled annotations.

package p

func f() {
	var x int = "s" // ERROR "cannot use .s. \(untyped string constant\) as int value"
	_ = x
}

var _ = a + b // ERROR "undefined: a" "undefined: b"

func g() {}
func g() {} // ERROR "^g redeclared in this block\n\tLINE-1(:[0-9]+)?: other declaration of g$"

var _ = 1 //// ERROR "disabled: would be a missing error"
