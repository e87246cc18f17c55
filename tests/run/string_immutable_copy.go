package main

func main() {
	s := "immutable"
	b := []byte(s)
	b[0] = 'I'
	println(s, string(b))
	t := s
	s += "!"
	println(s, t)
	sub := s[2:6]
	s = "changed"
	println(sub, s)
	bs := []byte("abc")
	str := string(bs)
	bs[0] = 'z'
	println(str, string(bs))
	arr := [3]byte{'x', 'y', 'z'}
	str2 := string(arr[:])
	arr[1] = 'Y'
	println(str2, string(arr[:]))
}
