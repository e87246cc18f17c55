package p
import
import (
	"fmt
	x y "z"
)
var a, b = 1, 2, 3
type struct {}
func 1() {}
x := 1
if true {}
@@@
type T struct { a int b int; c, d }
type I interface { m(); int; ~; }
