// errorcheck

// Type errors: composite literals: structs, arrays, slices and maps.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

type Point struct{ X, Y int }
type Nested struct {
	P  Point
	id int
}

func f() {
	_ = Point{1, 2, 3}                           // ERROR "too many values in Point\{…\}"
	_ = Point{1}                                 // ERROR "too few values in Point\{…\}"
	_ = Point{X: 1, 2}                           // ERROR "mixture of field:value and value elements in struct literal"
	_ = Point{Z: 1}                              // ERROR "unknown field 'Z' in struct literal of type Point"
	_ = Point{X: 1, X: 2}                        // ERROR "duplicate field name X in struct literal"
	_ = Point{"a", 2}                            // ERROR "cannot use .a. \(untyped string constant\) as int value in struct literal"
	_ = [2]int{1, 2, 3}                          // ERROR "index 2 is out of bounds \(>= 2\)"
	_ = [3]int{5: 1}                             // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = [3]int{0: 1, 0: 2}                       // ERROR "duplicate index 0 in array or slice literal"
	_ = []int{1: 1, 1: 2}                        // ERROR "duplicate index 1 in array or slice literal"
	_ = []int{-1: 1}                             // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = []int{"a": 1}                            // ERROR "cannot convert .a. \(untyped string constant\) to int"
	_ = []string{1}                              // ERROR "cannot use 1 \(untyped int constant\) as string value in array or slice literal"
	_ = map[string]int{"a": 1, "a": 2}           // ERROR "duplicate key .a. in map literal"
	_ = map[string]int{"a"}                      // ERROR "missing key in map literal"
	_ = map[string]int{1: 1}                     // ERROR "cannot use 1 \(untyped int constant\) as string value in map literal"
	_ = map[int]bool{1: true, 2: false, 1: true} // ERROR "duplicate key 1 in map literal"
	_ = int{1}                                   // ERROR "invalid composite literal type int"
	_ = Nested{P: {1, 2}}                        // ERROR "missing type in composite literal"
	_ = []Point{{1, 2}, {X: 1, Q: 2}}            // ERROR "unknown field 'Q' in struct literal of type struct\{X int; Y int\}"
	_ = &Point{1, "b"}                           // ERROR "cannot use .b. \(untyped string constant\) as int value in struct literal"
	_ = Undefined{}                              // ERROR "undefined: Undefined"
	_ = [...]int{1, 2}[5]                        // ERROR "invalid argument: index 5 out of bounds \[0:2\]"
	var x int
	_ = [3]int{x: 1}                 // ERROR "index x must be integer constant"
	_ = Point{X: 1, Y: 2, 3}         // ERROR "mixture of field:value and value elements in struct literal"
	_ = struct{ a, b int }{1}        // ERROR "too few values in struct\{a int; b int\}\{…\}"
	_ = []int{1.5}                   // ERROR "cannot use 1\.5 \(untyped float constant\) as int value in array or slice literal \(truncated\)"
	_ = [2][2]int{{1, 2}, {3, 4, 5}} // ERROR "index 2 is out of bounds \(>= 2\)"
}
