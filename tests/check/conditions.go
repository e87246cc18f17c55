// errorcheck

// Type errors: non-boolean conditions in if, for and tagless switch.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

func f() {
	x := 1
	s := "a"
	if x { // ERROR "non-boolean condition in if statement"
	}
	if s { // ERROR "non-boolean condition in if statement"
	}
	for x { // ERROR "non-boolean condition in for statement"
	}
	for i := 0; i; i++ { // ERROR "non-boolean condition in for statement"
	}
	if x = 2; x { // ERROR "non-boolean condition in if statement"
	}
	if nil { // ERROR "non-boolean condition in if statement"
	}
	for 1 { // ERROR "non-boolean condition in for statement"
	}
	var p *int
	if p { // ERROR "non-boolean condition in if statement"
	}
	switch {
	case x: // ERROR "invalid case x in switch on true \(mismatched types int and bool\)"
	case s: // ERROR "invalid case s in switch on true \(mismatched types string and bool\)"
	case x > 0:
	}
	_ = x && true // ERROR "invalid operation: x && true \(mismatched types int and untyped bool\)"
	if !s {       // ERROR "invalid operation: operator ! not defined on s \(variable of type string\)"
	}
}
