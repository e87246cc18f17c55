// errorcheck -0 -m=2

// gocc's own inlining test (expectations checked against go tool compile -m=2, Go 1.19): gc's
// inlining cost of each function, node by node, and which calls it inlines. (One pattern
// matches every message of its line it can: "add" is inlined twice on the last line.)

package p

type P struct{ x, y int }

func add(a, b int) int { return a + b } // ERROR "can inline add with cost 4 as: func\(int, int\) int"

func (p *P) Sum() int { return p.x + p.y } // ERROR "can inline \(\*P\)\.Sum with cost 6 as: method\(\*P\) func\(\) int" "p does not escape"

func (p P) Scale(k int) P { return P{p.x * k, p.y * k} } // ERROR "can inline P\.Scale with cost 12 as: method\(P\) func\(int\) P"

func pair() (int, string) { return 1, "a" } // ERROR "can inline pair with cost 3 as: func\(\) \(int, string\)"

func cond(x int) int { // ERROR "can inline cond with cost 9 as: func\(int\) int"
	if x > 0 {
		return x
	}
	return -x
}

func sw(x int) string { // ERROR "can inline sw with cost 12 as: func\(int\) string"
	switch x {
	case 1:
		return "one"
	case 2:
		return "two"
	}
	return "many"
}

func vars() int { // ERROR "can inline vars with cost 17 as: func\(\) int"
	var n int
	n++
	x := 3
	n += x
	return n
}

func conv(f float64) int { return int(f) } // ERROR "can inline conv with cost 3 as: func\(float64\) int"

func loop(n int) int { // ERROR "can inline loop with cost 22 as: func\(int\) int"
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

func arr(a [4]int) int { // ERROR "can inline arr with cost 16 as: func\(\[4\]int\) int"
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func calls(x int) int { return add(x, 1) + cond(x) } // ERROR "can inline calls with cost 22 as: func\(int\) int" "inlining call to add$" "inlining call to cond$"

//go:noinline
func opaque(x int) int { return x } // ERROR "cannot inline opaque: marked go:noinline"

func callsOpaque(x int) int { return opaque(x) } // ERROR "can inline callsOpaque with cost 61 as: func\(int\) int"

func twoOpaque(x int) int { return opaque(x) + opaque(x) } // ERROR "cannot inline twoOpaque: function too complex: cost 122 exceeds budget 80"

func labels(x int) (n int) { // ERROR "can inline labels with cost 39 as: func\(int\) int"
outer:
	for i := 0; i < x; i++ {
		for j := 0; j < x; j++ {
			if j == 3 {
				continue outer
			}
			if i == 5 {
				break outer
			}
			n++
		}
	}
	return
}

func use() int { // ERROR "cannot inline use: function too complex: cost 346 exceeds budget 80"
	p := P{1, 2}
	q := p.Scale(2) // ERROR "inlining call to P\.Scale$"
	a, _ := pair() // ERROR "inlining call to pair$"
	return add(1, 2) + q.Sum() + a + len(sw(3)) + vars() + conv(2.5) + loop(4) + arr([4]int{}) + calls(2) + callsOpaque(1) + twoOpaque(2) + labels(3) // ERROR "inlining call to add$" "inlining call to \(\*P\)\.Sum$" "inlining call to sw$" "inlining call to vars$" "inlining call to conv$" "inlining call to loop$" "inlining call to arr$" "inlining call to calls$" "inlining call to cond$" "inlining call to callsOpaque$" "inlining call to labels$"
}
