// Calls a function the cache test (stdlib_cache.sh) adds to a copy of the standard library, to
// see that a changed library source makes a new cache entry. Not a Go program on its own.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.GoccCacheProbe())
}
