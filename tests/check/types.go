// errorcheck

// Type errors: invalid types: non-types used as types, map keys, array lengths.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

var v int

type T struct{}
type Alias = int

func fn() {}

func lib(a ...int) (n int, err error) { return }

var a v                          // ERROR "v \(variable of type int\) is not a type"
var b lib                        // ERROR "lib \(value of type func\(a \.\.\.int\) \(n int, err error\)\) is not a type"
var c []fn                       // ERROR "fn \(value of type func\(\)\) is not a type"
var d map[[]int]string           // ERROR "invalid map key type \[\]int"
var e map[func()]int             // ERROR "invalid map key type func\(\)"
var f map[struct{ s []int }]bool // ERROR "invalid map key type struct\{s \[\]int\}"
var g [v]int                     // ERROR "invalid array length v"
var h [-1]int                    // ERROR "invalid array length -1 \(untyped int constant\)"
var i [1.5]int                   // ERROR "array length 1\.5 \(untyped float constant\) must be integer"
var j [1 << 70]byte              // ERROR "array length 1 << 70 \(untyped int constant 1180591620717411303424\) must be integer"
var k ["x"]int                   // ERROR "array length .x. \(untyped string constant\) must be integer"
var l *Undefined                 // ERROR "undefined: Undefined"
var m chan<- chan<- Undefined2   // ERROR "undefined: Undefined2"
var n [0]int
var p struct {
	Alias
	int
}
var q struct{ a, a int } // ERROR "a redeclared\n\tLINE(:[0-9]+)?: other declaration of a"
var r func(...int, int)  // ERROR "can only use \.\.\. with final parameter in list"
var s func(a int, b ...int)
var t [3]T
var u T.x // ERROR "T\.x undefined \(type T has no field or method x\)"
var w map[Alias]T

func g2(fmt int) {}
