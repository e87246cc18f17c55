package main

import "fmt"

// Generators: functions that return a channel fed by a goroutine; take/filter/zip compose
// them. A stop channel lets the consumer abandon an infinite generator.

func count(stop <-chan struct{}, from, step int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for i := from; ; i += step {
			select {
			case c <- i:
			case <-stop:
				return
			}
		}
	}()
	return c
}

func fib(stop <-chan struct{}) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		a, b := 0, 1
		for {
			select {
			case c <- a:
				a, b = b, a+b
			case <-stop:
				return
			}
		}
	}()
	return c
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for v := range in {
			if keep(v) {
				c <- v
			}
		}
	}()
	return c
}

func take(in <-chan int, n int) []int {
	var out []int
	for v := range in {
		out = append(out, v)
		if len(out) == n {
			break
		}
	}
	return out
}

type pair struct{ a, b int }

func zip(x, y <-chan int) <-chan pair {
	c := make(chan pair)
	go func() {
		defer close(c)
		for {
			a, ok1 := <-x
			b, ok2 := <-y
			if !ok1 || !ok2 {
				return
			}
			c <- pair{a, b}
		}
	}()
	return c
}

func words(ws ...string) <-chan string {
	c := make(chan string, len(ws))
	for _, w := range ws {
		c <- w
	}
	close(c)
	return c
}

func main() {
	stop := make(chan struct{})
	fmt.Println(take(fib(stop), 15))
	fmt.Println(take(filter(fib(stop), func(v int) bool { return v%2 == 0 }), 8))
	fmt.Println(take(count(stop, 5, 5), 6))
	var ps []pair
	z := zip(count(stop, 1, 1), count(stop, 100, -10))
	for p := range z {
		ps = append(ps, p)
		if len(ps) == 5 {
			break
		}
	}
	fmt.Println(ps)
	close(stop)
	for w := range words("finite", "generators", "close", "themselves") {
		fmt.Print(w, " ")
	}
	fmt.Println()
}
