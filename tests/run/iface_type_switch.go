package main

import "fmt"

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case error:
		return "error: " + x.Error()
	case Shape:
		return fmt.Sprintf("shape area %.1f", x.Area())
	case func() int:
		return fmt.Sprint("func returning ", x())
	case bool, float64:
		return fmt.Sprintf("bool-or-float %v", x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 3, int64(4), "héllo", []int{1, 2}, fmt.Errorf("boom"),
		Rect{2, 3}, &Circle{1}, Circle{1}, func() int { return 7 }, true, 2.5, 'x', struct{}{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var s Shape
	switch s.(type) {
	case nil:
		fmt.Println("nil Shape")
	}
	var e error
	switch e.(type) {
	case fmt.Stringer:
		fmt.Println("stringer")
	default:
		fmt.Println("default for nil error")
	}
}
