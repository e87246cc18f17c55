package semi
func f() int {
	x := 1
	x++
	return x
}
func g() { return }
var a = []int{
	1,
	2,
}
func h() {
	if true { f() } else { g() }
	for { break }
}