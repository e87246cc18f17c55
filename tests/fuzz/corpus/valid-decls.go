// Declarations of every kind, grouped and not.
package decls

import (
	"fmt"
	m "math"
	. "strings"
	_ "unsafe"
)

const Pi = 3.14159
const (
	A = iota
	B
	C, D = iota * 2, iota + 1
	_
)

var x, y int = 1, 2
var (
	z    = 0x1F
	s    string
	f    func(int) (string, error)
	ch   <-chan int
	sch  chan<- []map[string]*int
	arr  [3][4]float64
	ptr  **struct{ a, b int }
	ifc  interface{ String() string }
	anyv any
)

type (
	Point struct {
		X, Y int `json:"x"`
		*Embedded
		fmt.Stringer
	}
	Embedded struct{}
	Alias    = Point
	Fn       func(a int, b ...string) bool
)

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }
func (Point) Zero() Point       { return Point{} }

func use() {
	_ = m.Sqrt(2)
	_ = Contains("ab", "a")
}
