// errorcheck

// Type errors: channel direction, send, receive, close, range and select.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

func f() {
	var send chan<- int
	var recv <-chan int
	var bidir chan int
	var notch int
	recv <- 1        // ERROR "invalid operation: cannot send to receive-only channel recv \(variable of type <-chan int\)"
	_ = <-send       // ERROR "invalid operation: cannot receive from send-only channel send \(variable of type chan<- int\)"
	notch <- 1       // ERROR "invalid operation: cannot send to non-channel notch \(variable of type int\)"
	_ = <-notch      // ERROR "invalid operation: cannot receive from non-channel notch \(variable of type int\)"
	bidir <- "s"     // ERROR "cannot use .s. \(untyped string constant\) as int value in send"
	close(recv)      // ERROR "invalid operation: cannot close receive-only channel recv \(variable of type <-chan int\)"
	close(notch)     // ERROR "invalid operation: cannot close non-channel notch \(variable of type int\)"
	for range send { // ERROR "cannot range over send \(variable of type chan<- int\) \(receive from send-only channel\)"
	}
	var x string = <-bidir // ERROR "cannot use <-bidir \(comma, ok expression of type int\) as type string in variable declaration"
	v, ok := <-send        // ERROR "invalid operation: cannot receive from send-only channel send \(variable of type chan<- int\)"
	_, _ = v, ok
	select {
	case recv <- 1: // ERROR "invalid operation: cannot send to receive-only channel recv \(variable of type <-chan int\)"
	case <-send: // ERROR "invalid operation: cannot receive from send-only channel send \(variable of type chan<- int\)"
	case x := <-recv: // ERROR "x declared but not used"
	case bidir: // ERROR "select case must be send or receive \(possibly with assignment\)"
	}
	_ = x
	bidir = send // ERROR "cannot use send \(variable of type chan<- int\) as type chan int in assignment"
	send = bidir
	recv = bidir
	var _ chan<- string = send // ERROR "cannot use send \(variable of type chan<- int\) as type chan<- string in variable declaration"
	_ = make(<-chan int)
	_ = cap(send)
	for a, b := range bidir { // ERROR "range over bidir \(variable of type chan int\) permits only one iteration variable"
		_, _ = a, b
	}
}
