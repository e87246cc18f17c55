package funcs

func a()
func b(int, string)
func c(x, y int, z ...float64) (int, error)
func d() (a, b int) { return }
func e(f func(func() int) func() int) func() { return func() {} }
func g(...int)
func h(_ int, _ string) (_ bool)

//go:noinline
func i() {}

func init() {}
func init() {}

var fv = func(xs ...interface{}) {}

func closures() {
	n := 0
	inc := func() int { n++; return n }
	defer inc()
	go inc()
	func() {}()
}
