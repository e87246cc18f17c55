// errorcheck

// Type errors: redeclarations in a block, := without new variables, duplicate fields and methods.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

var x int
var x string // ERROR "x redeclared in this block\n\tLINE-1(:[0-9]+)?: other declaration of x"

func f() {}
func f() {} // ERROR "f redeclared in this block\n\tLINE-1(:[0-9]+)?: other declaration of f"

type T int
type T string // ERROR "T redeclared in this block\n\tLINE-1(:[0-9]+)?: other declaration of T"

const c = 1

var c = 2 // ERROR "c redeclared in this block\n\tLINE-2(:[0-9]+)?: other declaration of c"

func g(a int, a string) {} // ERROR "a redeclared in this block\n\tLINE(:[0-9]+)?: other declaration of a"

func h() (r int, r string) { return 0, "" } // ERROR "r redeclared in this block\n\tLINE(:[0-9]+)?: other declaration of r"

func k(a int) {
	var a int // ERROR "a redeclared in this block\n\tLINE-1(:[0-9]+)?: other declaration of a"
	_ = a
}

func m() {
	y := 1
	y := 2 // ERROR "no new variables on left side of :="
	_ = y
	var z int
	var z int // ERROR "z redeclared in this block\n\tLINE-1(:[0-9]+)?: other declaration of z"
	_ = z
	a, b := 1, 2
	a, b := 3, 4 // ERROR "no new variables on left side of :="
	_, _ = a, b
	_ := 1 // ERROR "no new variables on left side of :="
	type L int
	type L int   // ERROR "L redeclared in this block\n\tLINE-1(:[0-9]+)?: other declaration of L"
	w, w := 1, 2 // ERROR "w repeated on left side of :="
	_ = w
}

type S struct {
	a int
	a string // ERROR "a redeclared\n\tLINE-1(:[0-9]+)?: other declaration of a"
}

type I interface {
	M()
	M() // ERROR "duplicate method M\n\tLINE-1(:[0-9]+)?: other declaration of M"
}
