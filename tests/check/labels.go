// errorcheck

// Type errors: labels, break, continue, goto and fallthrough.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

func f(x int) {
L1: // ERROR "label L1 defined and not used"
	for {
	}
L2: // ERROR "label L2 defined and not used"
	x++
	break    // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
	for {
		break L3 // ERROR "break label not defined: L3"
	}
	for {
		continue L4 // ERROR "continue label not defined: L4"
	}
L5:
	if x > 0 {
		break L5 // ERROR "invalid break label L5"
	}
L6:
	switch x {
	case 1:
		continue L6 // ERROR "invalid continue label L6"
	}
	goto L7 // ERROR "label L7 not defined"
	goto L8
L8:
	switch {
	case true:
		continue // ERROR "continue is not in a loop"
	}
L9:
	{
		break L9 // ERROR "invalid break label L9"
	}
L10: // ERROR "label L10 defined and not used"
L10: // ERROR "label L10 already defined at LINE-1(:[0-9]+)?"
	for {
	}
	select {
	default:
		continue // ERROR "continue is not in a loop"
	}
	func() {
		break // ERROR "break is not in a loop, switch, or select"
	}()
	if x > 0 {
		fallthrough // ERROR "fallthrough statement out of place"
	}
	switch x {
	case 1:
		fallthrough
	default:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	goto L11 // ERROR "goto L11 jumps over declaration of v at LINE+1(:[0-9]+)?"
	v := 1
L11:
	_ = v
	{
	L12:
	}
	goto L12 // ERROR "goto L12 jumps into block starting at LINE-3(:[0-9]+)?"
}
