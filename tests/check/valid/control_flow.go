// Valid program: statements, labels, terminating statements, defer and
// recover, select.

package main

import (
	"fmt"
	"os"
)

func sign(x int) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	default:
		return 0
	}
}

func loopForever(ch chan int) int {
	for {
		if v, ok := <-ch; ok {
			return v
		}
	}
}

func mustPanic() (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -1
		}
	}()
	panic("boom")
}

func ifElse(x int) string {
	if x%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func gotoLoop(n int) int {
	i, sum := 0, 0
loop:
	if i < n {
		sum += i
		i++
		goto loop
	}
	return sum
}

func fall(x int) (out []string) {
	switch x {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one")
	case 2, 3:
		out = append(out, "two-three")
	default:
		out = append(out, "many")
	}
	return
}

func main() {
	defer fmt.Println("deferred")
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	n := 0
	for n < 3 {
		n++
	}
	for range []int{1, 2} {
		n++
	}
	m := map[string]int{"a": 1}
	for k, v := range m {
		fmt.Println(k, v)
	}
	var arr [4]int
	for i := range arr {
		arr[i] = i * i
	}
	ch := make(chan int, 1)
	ch <- 5
	fmt.Println(loopForever(ch), mustPanic(), ifElse(3), gotoLoop(4), fall(0), sign(-3))
	done := make(chan struct{})
	go func() {
		defer close(done)
		ch <- 1
	}()
	select {
	case v := <-ch:
		fmt.Println("got", v)
	case <-done:
	}
	<-done
sw:
	switch n {
	case 5:
		for {
			break sw
		}
	}
	if len(os.Args) > 100 {
		os.Exit(1)
	}
	{
		x := 1
		{
			x := x + 1
			_ = x
		}
		_ = x
	}
}
