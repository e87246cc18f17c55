package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d\n", n, n, n, n, n)
	fmt.Printf("%x|%X|%#x|%o|%#o|%O|%b\n", n, n, n, n, n, n, n)
	fmt.Printf("%x|%d|%08b\n", -n, -n, uint8(5))
	fmt.Printf("%c|%q|%U|%#U\n", 'G', 'G', 0x1F600, 'é')
	var i8 int8 = -128
	var u64 uint64 = 1<<64 - 1
	fmt.Printf("%d %d %x\n", i8, u64, u64)
	fmt.Printf("%v %v\n", int16(-3), uintptr(10))
	fmt.Printf("%3c|%-3c|\n", 'x', 'y')
	fmt.Printf("%x %X % x\n", "hi", []byte("hi"), "abc")
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%*d|%-*d|\n", 6, 42, 4, 7)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Println(fmt.Sprint(1, 2, "a", "b", 3), fmt.Sprintln("x", 1))
}
