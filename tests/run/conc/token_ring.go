package main

import "fmt"

// A ring of goroutines passes a token around: each adds its id and forwards it; after the
// given number of laps the last one reports to main. Classic ping-pong, generalised.

type token struct {
	hops, sum, lap int
}

func main() {
	const n = 50
	const laps = 20
	first := make(chan token)
	in := first
	result := make(chan token)
	for id := 1; id <= n; id++ {
		out := make(chan token)
		if id == n {
			go func(in chan token, id int) {
				for t := range in {
					t.hops++
					t.sum += id
					t.lap++
					if t.lap == laps {
						result <- t
						return
					}
					first <- t
				}
			}(in, id)
			break
		}
		go func(in, out chan token, id int) {
			for t := range in {
				t.hops++
				t.sum += id
				out <- t
			}
		}(in, out, id)
		in = out
	}
	first <- token{}
	t := <-result
	fmt.Println("hops", t.hops, "sum", t.sum, "laps", t.lap)
	fmt.Println("expected", n*laps, laps*n*(n+1)/2)

	// Ping-pong with a reply channel inside the message.
	type ping struct {
		n     int
		reply chan int
	}
	server := make(chan ping)
	go func() {
		for p := range server {
			p.reply <- p.n * 2
		}
	}()
	reply := make(chan int)
	total := 0
	for i := 1; i <= 100; i++ {
		server <- ping{i, reply}
		total += <-reply
	}
	close(server)
	fmt.Println("ping-pong total", total)
}
