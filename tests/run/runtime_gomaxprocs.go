// runtime.NumCPU and runtime.GOMAXPROCS: GOMAXPROCS(0) reads the setting (NumCPU unless the
// GOMAXPROCS variable says otherwise), GOMAXPROCS(n) returns the previous setting.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("NumCPU >= 1:", runtime.NumCPU() >= 1)
	fmt.Println("default is NumCPU:", runtime.GOMAXPROCS(0) == runtime.NumCPU())
	prev := runtime.GOMAXPROCS(3)
	fmt.Println("returns the previous setting:", prev == runtime.NumCPU())
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	fmt.Println("n < 1 leaves it:", runtime.GOMAXPROCS(-1), runtime.GOMAXPROCS(0))
}
