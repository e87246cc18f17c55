// errorcheck

// Type errors: assignment count mismatches (=, :=, var) and no-value/multi-value misuse.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

func one() int             { return 1 }
func two() (int, int)      { return 1, 2 }
func three() (a, b, c int) { return }
func none()                {}

func f() {
	var a, b int
	a, b = one()           // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	a, b = 1, 2, 3         // ERROR "assignment mismatch: 2 variables but 3 values"
	a = two()              // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	a, b = three()         // ERROR "assignment mismatch: 2 variables but three returns 3 values"
	c, d := one()          // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	e := two()             // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	var g, h = 1           // ERROR "assignment mismatch: 2 variables but 1 value"
	var i int = two()      // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	var j, k int = 1, 2, 3 // ERROR "extra init expr 3"
	l, m := 1              // ERROR "assignment mismatch: 2 variables but 1 value"
	n := none()            // ERROR "none\(\) \(no value\) used as value"
	a, b = none()          // ERROR "none\(\) \(no value\) used as value"
	var m2 map[string]int
	v1, v2, v3 := m2["x"] // ERROR "assignment mismatch: 3 variables but 1 value"
	var ch chan int
	w1, w2, w3 := <-ch // ERROR "assignment mismatch: 3 variables but 1 value"
	var itf interface{}
	x1, x2, x3 := itf.(int) // ERROR "assignment mismatch: 3 variables but 1 value"
	_, _, _, _, _, _, _, _, _, _, _, _ = c, d, e, g, h, i, j, k, l, m, n, v1
	_, _, _, _, _, _ = v2, v3, w1, w2, w3, x1
	_, _ = x2, x3
}

var p1, p2 = one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
var q1 = two()     // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
