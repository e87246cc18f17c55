// errorcheck

// Type errors: type assertions on non-interfaces and impossible type assertions.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

type I interface{ M() }
type J interface{ N() }
type T struct{}

func (T) M() {}

type V struct{}

func (*V) M() {}

type W struct{}

func (W) M(int) {}

func f(x int, s string, e interface{}, i I, t T) {
	_ = x.(int)    // ERROR "invalid operation: x \(variable of type int\) is not an interface"
	_ = s.(string) // ERROR "invalid operation: s \(variable of type string\) is not an interface"
	_ = t.(I)      // ERROR "invalid operation: t \(variable of type T\) is not an interface"
	_ = i.(V)      // ERROR "impossible type assertion: i\.\(V\)\n\tV does not implement I \(M method has pointer receiver\)"
	_ = i.(*V)
	_ = i.(W) // ERROR "impossible type assertion: i\.\(W\)\n\tW does not implement I \(wrong type for M method\)\n\t\thave M\(int\)\n\t\twant M\(\)"
	_ = i.(J)
	_ = e.(int)
	_, ok := i.(string) // ERROR "impossible type assertion: i\.\(string\)\n\tstring does not implement I \(missing M method\)"
	_ = ok
	_ = e.(Undefined) // ERROR "undefined: Undefined"
	_ = i.(T)
	var p *T
	_ = p.(I)     // ERROR "invalid operation: p \(variable of type \*T\) is not an interface"
	_ = (1).(int) // ERROR "invalid operation: \(1\) \(untyped int constant 1\) is not an interface"
	_ = nil.(int) // ERROR "invalid operation: nil is not an interface"
}
