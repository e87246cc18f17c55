package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "aé世😀\xff"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("ok é"))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d: %U size %d\n", i, r, size)
		i += size
	}
	r, size := utf8.DecodeLastRuneInString(s[:len(s)-1])
	fmt.Printf("last: %c %d\n", r, size)
	buf := make([]byte, 0, 16)
	for _, r := range []rune{'x', 'ß', '€', 0x10348, -1, 0xD800} {
		var tmp [4]byte
		n := utf8.EncodeRune(tmp[:], r)
		buf = append(buf, tmp[:n]...)
		fmt.Printf("%U -> % x (RuneLen %d)\n", r, tmp[:n], utf8.RuneLen(r))
	}
	fmt.Println(utf8.RuneCount(buf), utf8.Valid(buf), utf8.FullRune([]byte{0xe4, 0xb8}))
	fmt.Println(utf8.RuneError, utf8.UTFMax, utf8.RuneSelf, utf8.ValidRune(0x110000))
	fmt.Println(string(utf8.AppendRune(nil, '世')))
}
