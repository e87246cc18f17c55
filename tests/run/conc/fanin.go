package main

import "fmt"

func producer(id, n int) <-chan int {
	c := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			c <- id*100 + i
		}
		close(c)
	}()
	return c
}

func main() {
	a, b, c := producer(1, 5), producer(2, 7), producer(3, 3)
	sum, count := 0, 0
	for a != nil || b != nil || c != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			count++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			count++
		case v, ok := <-c:
			if !ok {
				c = nil
				continue
			}
			sum += v
			count++
		}
	}
	fmt.Println("count", count, "sum", sum)
}
