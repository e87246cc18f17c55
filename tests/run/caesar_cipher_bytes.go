package main

func shift(s string, k int) string {
	out := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			out[i] = 'a' + byte((int(c-'a')+k+26)%26)
		case c >= 'A' && c <= 'Z':
			out[i] = 'A' + byte((int(c-'A')+k+26)%26)
		default:
			out[i] = c
		}
	}
	return string(out)
}

func rot13Runes(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		if r >= 'a' && r <= 'z' {
			rs[i] = 'a' + (r-'a'+13)%26
		}
	}
	return string(rs)
}

func main() {
	msg := "Hello, World! xyz"
	enc := shift(msg, 3)
	println(enc)
	println(shift(enc, -3))
	println(rot13Runes("héllo wörld"))
	println(rot13Runes(rot13Runes("round trip")))
	freq := [26]int{}
	for _, c := range []byte("the quick brown fox jumps over the lazy dog") {
		if c >= 'a' && c <= 'z' {
			freq[c-'a']++
		}
	}
	for i, n := range freq {
		if n > 1 {
			print(string(rune('a'+i)), "=", n, " ")
		}
	}
	println()
}
