package main

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		if r >= 'a' && r <= 'z' {
			rs = append(rs, r)
		}
	}
	for i := 0; i < len(rs)/2; i++ {
		if rs[i] != rs[len(rs)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	for _, s := range []string{"hello", "héllo", "日本語", ""} {
		println(reverseRunes(s), len(reverseBytes(s)), reverseBytes(reverseBytes(s)) == s)
	}
	println(reverseBytes("abc"))
	for _, s := range []string{"A man, a plan, a canal: Panama", "Go hang a salami", "gocc"} {
		println(s, "->", isPalindrome(s))
	}
}
