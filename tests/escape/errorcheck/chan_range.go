// errorcheck -0 -m -l

// gocc's own escape test (expectations checked against go build -gcflags='-m -l', Go 1.19).
// Sending on a channel leaks the value, not the channel (in a send statement and in a select);
// ranging over a map reads its values out of it (the map leaks to the result at level 1), but
// not its keys.

package p

func send(ch chan *int, p *int) { // ERROR "ch does not escape$" "leaking param: p$"
	ch <- p
}

func selectSend(a, b chan *int, p *int) { // ERROR "a does not escape$" "b does not escape$" "leaking param: p$"
	select {
	case a <- p:
	case <-b:
	}
}

func capturedSend(ch chan *int) { // ERROR "ch does not escape$"
	var i int // ERROR "moved to heap: i$"
	p := &i
	func() { // ERROR "func literal does not escape$"
		ch <- p
	}()
}

func rangeValue(m map[string]*int) *int { // ERROR "leaking param: m to result ~r0 level=1$"
	for _, v := range m {
		return v
	}
	return nil
}

func rangeKey(m map[*int]bool) *int { // ERROR "m does not escape$"
	for k := range m {
		return k
	}
	return nil
}
