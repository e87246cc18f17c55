// errorcheck

// Type errors: method declarations (receivers, duplicates) and method values/expressions.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

type T struct{ f int }
type P *T
type I interface{ M() }
type Int int

func (t T) Value()    {}
func (t *T) Pointer() {}

func (t T) Value() {} // ERROR "T\.Value redeclared in this block\n\tLINE-3(:[0-9]+)?: other declaration of Value"

func (t T) f() {} // ERROR "field and method with the same name f\n\tLINE-10(:[0-9]+)?: other declaration of f"

func (p P) Bad() {} // ERROR "invalid receiver type P \(pointer or interface type\)"

func (i I) Bad2() {} // ERROR "invalid receiver type I \(pointer or interface type\)"

func (x int) Bad3() {} // ERROR "cannot define new methods on non-local type int"

func (x *Int) Ok() {}

func (x **Int) Bad4() {} // ERROR "invalid receiver type \*\*Int"

func (a, b T) Bad5() {} // ERROR "method has multiple receivers"

func () Bad6() {} // ERROR "method has no receiver"

func (x Undefined) Bad7() {} // ERROR "undefined: Undefined"

func (T) Value2() {}

func (s string) Bad8() {} // ERROR "cannot define new methods on non-local type string"

func use() {
	var t T
	t.Pointer()
	T{}.Pointer() // ERROR "cannot call pointer method Pointer on T"
	T.Pointer(t)  // ERROR "cannot call pointer method Pointer on T"
	(*T).Pointer(&t)
	T.Value(t)
	T.Value() // ERROR "not enough arguments in call to T\.Value\n\thave \(\)\n\twant \(T\)"
	(*T).Value(&t)
	var i Int
	Int(1).Ok() // ERROR "cannot call pointer method Ok on Int"
	i.Ok()
	m := t.Value
	m(1) // ERROR "too many arguments in call to m\n\thave \(number\)\n\twant \(\)"
	_ = T.Value2
	t.Value2 = nil // ERROR "cannot assign to t\.Value2 \(value of type func\(\)\)"
}
