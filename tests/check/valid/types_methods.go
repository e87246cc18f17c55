// Valid program: named types, methods, embedding, interfaces, assertions and
// type switches.

package main

import (
	"errors"
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

type Circle struct{ R float64 }

func (c *Circle) Area() float64      { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }
func (c *Circle) Scale(k float64)    { c.R *= k }

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint("id=", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }

type Derived struct {
	Base
	*strings.Builder
	Extra string
}

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type List struct {
	Val  int
	Next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.Next.Len()
}

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

func find(ok bool) error {
	if ok {
		return nil
	}
	return &MyErr{"not found"}
}

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("integer ", x)
	case string:
		return "string " + x
	case Shape:
		return fmt.Sprint("shape ", x.Area())
	case error:
		return x.Error()
	default:
		return "other"
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{R: 1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area() + s.Perimeter()
		if n, ok := s.(Named); ok {
			fmt.Println(n.Name())
		}
		if c, ok := s.(*Circle); ok {
			c.Scale(2)
		}
	}
	var d Derived
	d.Builder = &strings.Builder{}
	d.SetID(7)
	d.WriteString(d.Describe())
	fmt.Println(d.String(), d.ID, d.Base.ID, total)
	var c Celsius = 100
	fmt.Println(c.ToF())
	l := &List{1, &List{2, nil}}
	fmt.Println(l.Len())
	err := find(false)
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println("as", me.msg)
	}
	fmt.Println(classify(1), classify("s"), classify(Rect{}), classify(err), classify(nil), classify(2.5))
	f := Rect.Area
	g := (*Circle).Scale
	h := d.Describe
	circle := &Circle{1}
	g(circle, 3)
	fmt.Println(f(Rect{1, 1}), h(), circle.R)
	var sh Shape = Rect{}
	_, isRect := sh.(Rect)
	fmt.Println(isRect, sh == Rect{}, sh != nil)
}
