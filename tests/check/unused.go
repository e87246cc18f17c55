// errorcheck

// Type errors: declared but not used variables and imported and not used packages.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package main

import (
	. "errors" // ERROR "imported and not used: .errors."
	"fmt"
	m "math" // ERROR "imported and not used: .math. as m"
	"os"     // ERROR "imported and not used: .os."
	_ "sort"
	"strconv"     // ERROR "imported and not used: .strconv."
	str "strings" // ERROR "imported and not used: .strings. as str"
	"time"        // ERROR "imported and not used: .time."
)

var globalUnused int // package-level variables may be unused

func main() {
	a := 1       // ERROR "a declared but not used"
	var b int    // ERROR "b declared but not used"
	c, d := 1, 2 // ERROR "d declared but not used"
	_ = c
	var e = "s" // ERROR "e declared but not used"
	e = "t"     // assignment alone does not use e
	f := 0
	f++ // counts as a use of f
	for i := 0; i < 3; i++ {
		j := i // ERROR "j declared but not used"
	}
	if k := 1; true { // ERROR "k declared but not used"
	}
	switch v := interface{}(1).(type) { // ERROR "v declared but not used"
	}
	func() {
		inner := 1 // ERROR "inner declared but not used"
	}()
	var _ = fmt.Sprint
	var time int
	_ = time
	x, _ := 1, 2          // ERROR "x declared but not used"
	const unusedConst = 1 // constants may be unused
	type unusedType int   // so may types
}
