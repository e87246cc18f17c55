// errorcheck

// Type errors: selectors: ambiguous and promoted fields, package names not in selectors.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

import "fmt"

func lib(a ...int) (n int, err error) { return }

type Inner struct{ X int }

func (Inner) Hello() {}

type Inner2 struct{ X int }

func (Inner2) Hello() {}

type Outer struct {
	Inner
	Inner2
	Y int
}

type Deep struct {
	Outer
}

type WithPtr struct {
	*Inner
}

func f() {
	var o Outer
	_ = o.X   // ERROR "ambiguous selector o\.X"
	o.Hello() // ERROR "ambiguous selector o\.Hello"
	_ = o.Inner.X
	_ = o.Y
	var d Deep
	_ = d.X // ERROR "ambiguous selector d\.X"
	_ = d.Inner.X
	var w WithPtr
	_ = w.X
	w.Hello()
	_ = fmt     // ERROR "use of package fmt not in selector"
	_ = lib.X   // ERROR "lib\.X undefined \(type func\(a \.\.\.int\) \(n int, err error\) has no field or method X\)"
	var x = fmt // ERROR "use of package fmt not in selector"
	_ = x
	fmt.println("x")   // ERROR "undefined: fmt\.println"
	_ = o.y            // ERROR "o\.y undefined \(type Outer has no field or method y, but does have Y\)"
	_ = Outer.Y        // ERROR "Outer\.Y undefined \(type Outer has no method Y\)"
	_ = (*Outer).Hello // ERROR "ambiguous selector \(\*Outer\)\.Hello"
	var pp **Outer
	pp.Y = 1  // ERROR "pp\.Y undefined \(type \*\*Outer has no field or method Y\)"
	_ = int.X // ERROR "int\.X undefined \(type int has no field or method X\)"
}
