// Allocating conversions (string <-> []byte/[]rune, rune -> string): values, lengths and
// capacities as gc gives them, whether the result stays on the stack (a 32-byte buffer, or an
// exact-size array for a constant string) or goes to the heap.
package main

import "fmt"

func main() {
	b := []byte("hello, world")
	s := string(b)
	b[0] = 'J'
	fmt.Println(s, string(b))
	x := []byte("abc")
	fmt.Println(len(x), cap(x))
	x = append(x, 'd')
	fmt.Println(string(x), cap(x))
	r := []rune("héllo")
	fmt.Println(len(r), cap(r), string(r))
	fmt.Println(string(rune(0x4e16)), string(r[1]))
	long := []byte("this is a much longer string than thirty-two bytes")
	ls := string(long)
	long[0] = 'T'
	fmt.Println(ls)
	var prev string
	for i := 0; i < 3; i++ {
		cur := string([]byte{byte('a' + i), byte('b' + i)})
		fmt.Println(prev, cur)
		prev = cur
	}
	m := map[string]int{}
	for _, w := range [][]byte{[]byte("x"), []byte("yy"), []byte("x")} {
		m[string(w)]++
	}
	fmt.Println(m)
}
