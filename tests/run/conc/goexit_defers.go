// runtime.Goexit: runs every deferred call of the goroutine (newest first, across frames),
// recover() returns nil under it, and the goroutine ends; other goroutines and main go on.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func level3(log *[]string) {
	defer func() { *log = append(*log, fmt.Sprint("level3 defer, recover=", recover())) }()
	runtime.Goexit()
	*log = append(*log, "level3 after Goexit")
}

func level2(log *[]string) {
	defer func() { *log = append(*log, "level2 defer") }()
	for i := 0; i < 2; i++ {
		defer func(i int) { *log = append(*log, fmt.Sprint("level2 loop defer ", i)) }(i)
	}
	level3(log)
	*log = append(*log, "level2 after call")
}

func recoverPanicUnderGoexit(log *[]string) {
	defer func() { *log = append(*log, fmt.Sprint("outer defer, recover=", recover())) }()
	defer func() {
		defer func() { *log = append(*log, fmt.Sprint("recovered inner panic: ", recover())) }()
		panic("panic in a deferred call")
	}()
	runtime.Goexit()
}

func main() {
	var wg sync.WaitGroup
	var log1, log2 []string
	wg.Add(2)
	go func() {
		defer wg.Done()
		level2(&log1)
	}()
	go func() {
		defer wg.Done()
		recoverPanicUnderGoexit(&log2)
	}()
	wg.Wait()
	for _, l := range log1 {
		fmt.Println(l)
	}
	for _, l := range log2 {
		fmt.Println(l)
	}

	// Goexit in many goroutines.
	results := make(chan int, 10)
	for i := 0; i < 10; i++ {
		go func(i int) {
			defer func() { results <- i * i }()
			if i%2 == 0 {
				runtime.Goexit()
			}
		}(i)
	}
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-results
	}
	fmt.Println("sum", sum)
}
