package p

func f() {
	if x := 1 {
	}
	for i := 0; i < 10; i++; {
	}
	switch x := 1; x := 2 {
	}
	var x int = 
	go f
	defer
	x := := 1
	case 1:
	else {}
	for a, b, c := range x {}
	select { case x: case <-c, d: }
	x.(type)
	goto
	break 1
	return return
	func g() {}
	import "fmt"
}
func (a, b T) m() {}
func ()() {}
var = 1
const
type
