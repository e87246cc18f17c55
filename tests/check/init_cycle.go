// errorcheck

// Type errors: initialization loops among package-level variables and functions.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

var a = b // ERROR "initialization loop for a\n\tLINE(:[0-9]+)?: a refers to\n\tLINE+1(:[0-9]+)?: b refers to\n\tLINE(:[0-9]+)?: a"
var b = a

var c = fc() // ERROR "initialization loop for c\n\tLINE(:[0-9]+)?: c refers to\n\tLINE+2(:[0-9]+)?: fc refers to\n\tLINE(:[0-9]+)?: c"

func fc() int { return c }

var d = fd1() // ERROR "initialization loop for d\n\tLINE(:[0-9]+)?: d refers to\n\tLINE+2(:[0-9]+)?: fd1 refers to\n\tLINE+3(:[0-9]+)?: fd2 refers to\n\tLINE(:[0-9]+)?: d"

func fd1() int { return fd2() }
func fd2() int { return d }

var e1, e2 = e2, 1 // no error: e2 does not depend on e1

var f = func() int { return f() }() // ERROR "initialization loop for f\n\tLINE(:[0-9]+)?: f refers to\n\tLINE(:[0-9]+)?: f" "invalid operation: cannot call non-function f \(variable of type int\)"

var ok1 = ok2
var ok2 = 1

func rec() int { return rec() }

var ok3 = rec // no error: recursion among functions alone is not a loop

type T struct{}

func (T) m() int { return g }

var g = T{}.m() // ERROR "initialization loop for g\n\tLINE(:[0-9]+)?: g refers to\n\tLINE-2(:[0-9]+)?: m refers to\n\tLINE(:[0-9]+)?: g"

var h int = h // ERROR "initialization loop for h\n\tLINE(:[0-9]+)?: h refers to\n\tLINE(:[0-9]+)?: h"
