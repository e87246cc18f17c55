package main

import "fmt"

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	b[0] = 'H'
	fmt.Println(string(b), s)
	r[len(r)-1] = '界'
	r[0] = 'J'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
	bs := []byte{0xe4, 0xb8, 0x96, 0xff, 'x'}
	fmt.Printf("%q\n", string(bs))
	fmt.Println([]rune(string(bs)))
	empty := []byte{}
	fmt.Println(string(empty) == "", len([]rune("")))
	var nilb []byte
	fmt.Println(string(nilb) == "")
	rs := []rune{0xD800, 'a', 0x1F600}
	fmt.Printf("%q\n", string(rs))
	fmt.Println(string(b[1:3]))
}
