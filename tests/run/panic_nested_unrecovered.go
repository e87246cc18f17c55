package main

// A panic raised while the deferred calls of an earlier panic run: gc prints both
// ("panic: A" then "\tpanic: B") and exits with code 2.

func value(f float64) float64 { return f * 2 }

func cleanup(step string) {
	println("cleanup", step)
}

func work() {
	defer cleanup("work")
	defer func() {
		panic("panic in deferred call")
	}()
	println("working")
	panic(value(3.5))
}

func main() {
	defer cleanup("main")
	work()
	println("not reached")
}
