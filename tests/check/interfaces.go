// errorcheck

// Type errors: interface satisfaction (does not implement).
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Stringer interface{ String() string }

type Square struct{ s float64 }

func (q Square) Area() float64 { return q.s * q.s }

type Circle struct{ r float64 }

func (c *Circle) Area() float64      { return c.r }
func (c *Circle) Perimeter() float64 { return c.r }

type Rect struct{}

func (Rect) Area() int          { return 0 }
func (Rect) Perimeter() float64 { return 0 }

type Named struct{}

func (Named) string() string { return "" }

type Field struct{ String func() string }

var _ Shape = Square{} // ERROR "cannot use Square\{\} \(value of type Square\) as type Shape in variable declaration:\n\tSquare does not implement Shape \(missing Perimeter method\)"
var _ Shape = Circle{} // ERROR "cannot use Circle\{\} \(value of type Circle\) as type Shape in variable declaration:\n\tCircle does not implement Shape \(Area method has pointer receiver\)"
var _ Shape = &Circle{}
var _ Shape = Rect{}     // ERROR "cannot use Rect\{\} \(value of type Rect\) as type Shape in variable declaration:\n\tRect does not implement Shape \(wrong type for Area method\)\n\t\thave Area\(\) int\n\t\twant Area\(\) float64"
var _ Stringer = Named{} // ERROR "cannot use Named\{\} \(value of type Named\) as type Stringer in variable declaration:\n\tNamed does not implement Stringer \(missing String method\)\n\t\thave string\(\) string\n\t\twant String\(\) string"
var _ Stringer = Field{} // ERROR "cannot use Field\{\} \(value of type Field\) as type Stringer in variable declaration:\n\tField does not implement Stringer \(missing String method\)"
var _ Stringer = 42      // ERROR "cannot use 42 \(constant of type int\) as type Stringer in variable declaration:\n\tint does not implement Stringer \(missing String method\)"

func take(s Shape) {}

func f() {
	take(Square{})         // ERROR "cannot use Square\{\} \(value of type Square\) as type Shape in argument to take:\n\tSquare does not implement Shape \(missing Perimeter method\)"
	var s Shape = Circle{} // ERROR "cannot use Circle\{\} \(value of type Circle\) as type Shape in variable declaration:\n\tCircle does not implement Shape \(Area method has pointer receiver\)"
	_ = s
	var st Stringer
	var sh Shape
	st = sh // ERROR "cannot use sh \(variable of type Shape\) as type Stringer in assignment:\n\tShape does not implement Stringer \(missing String method\)"
	sh = st // ERROR "cannot use st \(variable of type Stringer\) as type Shape in assignment:\n\tStringer does not implement Shape \(missing Area method\)"
	var e interface{} = sh
	sh = e // ERROR "cannot use e \(variable of type interface\{\}\) as type Shape in assignment:\n\tinterface\{\} does not implement Shape \(missing Area method\)"
	_ = st
	var c Circle
	take(c) // ERROR "cannot use c \(variable of type Circle\) as type Shape in argument to take:\n\tCircle does not implement Shape \(Area method has pointer receiver\)"
	var ip *Shape
	_ = ip.Area() // ERROR "ip\.Area undefined \(type \*Shape is pointer to interface, not interface\)"
}
