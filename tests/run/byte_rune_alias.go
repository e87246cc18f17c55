package main

import "fmt"

func takesUint8(b uint8) uint8 { return b + 1 }
func takesInt32(r int32) int32 { return r + 1 }

func main() {
	var b byte = 'a'
	var u uint8 = b
	fmt.Println(takesUint8(b), u)
	var r rune = 'é'
	var i int32 = r
	fmt.Println(takesInt32(r), i)
	fmt.Printf("%T %T %T %T\n", b, u, r, i)
	bs := []byte("xyz")
	var us []uint8 = bs
	us[0] = 'X'
	fmt.Println(string(bs))
	rs := []rune("hé")
	var is []int32 = rs
	fmt.Println(is, string(rs))
	m := map[byte]rune{'a': 'α'}
	var m2 map[uint8]int32 = m
	fmt.Println(len(m2), string(m2['a']))
	fmt.Printf("%v %c %q %U\n", r, r, r, r)
	fmt.Printf("%v %c %q\n", b, b, b)
}
