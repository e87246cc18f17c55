// Deferred and go calls of variadic functions: the arguments are evaluated at the statement,
// the call happens later (gc packs the ... slice in a wrapper when the call runs). recover()
// in a variadic deferred function still stops the panic; a variadic method, an interface
// method and a func value work the same way.
package main

import (
	"fmt"
	"strings"
)

type logger struct{ prefix string }

func (l *logger) logf(format string, args ...interface{}) {
	fmt.Printf(l.prefix+format+"\n", args...)
}

type sink interface {
	logf(format string, args ...interface{})
}

func sum(label string, xs ...int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	fmt.Println(label, len(xs), t)
}

func catch(where string, extra ...string) {
	if r := recover(); r != nil {
		fmt.Println("recovered in", where, strings.Join(extra, "+"), r)
	}
}

func panics() {
	defer catch("panics", "a", "b")
	panic("boom")
}

func loop() {
	for i := 0; i < 3; i++ {
		defer sum("loop", i, i*10)
	}
}

func main() {
	l := &logger{"log: "}
	var s sink = l
	f := sum
	x := 1
	defer sum("direct", x, 2, 3)
	defer l.logf("method %d %s", x, "m")
	defer s.logf("interface %d", x)
	defer f("value", x)
	defer sum("none")
	x = 100 // the deferred calls saw x == 1
	loop()
	panics()
	done := make(chan bool)
	go func(args ...int) {
		fmt.Println("goroutine", args)
		done <- true
	}(4, 5, 6)
	<-done
	fmt.Println("main done", x)
}
