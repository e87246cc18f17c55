package main

func main() {
	s := "hello, wörld"
	println("len:", len(s))
	println("s[0]:", s[0], "s[7]:", s[7], "s[8]:", s[8], "s[9]:", s[9])
	println("s[:5]:", s[:5], "s[7:]:", s[7:], "s[3:3] empty:", s[3:3] == "")
	t := s[7:10]
	println("partial rune slice len:", len(t))
	var b byte = s[1]
	println("byte type:", b, string(rune(b)))
	sub := s[2:9]
	println("sub:", sub, "sub[1:4]:", sub[1:4])
	empty := ""
	println("empty len:", len(empty), empty == "")
	lit := `raw\nstring`
	println("raw:", lit, len(lit))
	esc := "tab\there\x41\u00e9\U0001F600"
	println("esc len:", len(esc))
	for i := 0; i < len("abc"); i++ {
		println(i, "abc"[i])
	}
	const k = "constant"
	println("const index:", k[2], "const slice:", k[2:5])
}
