package main

func main() {
	defer func() {
		panic("panic in deferred call")
	}()
	panic(fmt_value(3.5))
}

func fmt_value(f float64) float64 { return f * 2 }
