// The baseline: allocations the runtime makes before and after main.
package main

func main() {}
