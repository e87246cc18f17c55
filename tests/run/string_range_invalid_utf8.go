package main

// Ranging over a string decodes UTF-8; each invalid byte yields U+FFFD with width 1.

func main() {
	s := "a\xffb\xe4\xb8c\u00e9\xed\xa0\x80z\U0001F600"
	for i, r := range s {
		println(i, r)
	}
	n := 0
	for range s {
		n++
	}
	println("runes:", n, "bytes:", len(s))
	for i := range "héllo" {
		print(i, " ")
	}
	println()
	var last rune
	for _, last = range "xyz\x80" {
	}
	println("last:", last)
	trunc := "\xf0\x9f\x98"
	for i, r := range trunc {
		println("trunc", i, r)
	}
}
