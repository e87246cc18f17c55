// errorcheck

// Fixture for the errorcheck harness: its annotations are deliberately wrong,
// so checking gc's output against them must FAIL, reporting a regexp that
// matches nothing on its line (whose message is then unmatched), a second
// regexp left without a message, a missing error, an error without
// annotation, and an error whose annotation is disabled by "////".

package p

func f() {
	x := undefinedA // ERROR "expecting banana"
	_ = x
	var y int = "s" // ERROR "cannot use" "as int value"
	_ = y
	_ = 1 // ERROR "undefined"
	_ = undefinedB
}

var _ = undefinedC //// ERROR "undefined: undefinedC"
