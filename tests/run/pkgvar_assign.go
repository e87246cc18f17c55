// Assignments to another package's variables (pkg.V = x): the target is the variable's own
// memory; the package name has no type (chan/select2.go's runtime.MemProfileRate = 0 was an
// internal compiler error).
package main

import (
	"fmt"
	"os"
	"runtime"
)

func main() {
	runtime.MemProfileRate = 0
	fmt.Println(runtime.MemProfileRate)
	(runtime.MemProfileRate) = 512 * 1024
	fmt.Println(runtime.MemProfileRate)
	os.Args = append(os.Args[:1], "a", "b")
	fmt.Println(len(os.Args), os.Args[1:])
}
