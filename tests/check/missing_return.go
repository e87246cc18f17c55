// errorcheck

// Type errors: missing return (terminating statement analysis).
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

func a() int {
} // ERROR "missing return"

func b(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func c(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
} // ERROR "missing return"

func d(x int) int {
	for x > 0 {
		return 1
	}
} // ERROR "missing return"

func e(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func g(x int) (r int) {
	for {
		if x > 0 {
			break
		}
		return 1
	}
} // ERROR "missing return"

func h(ch chan int) int {
	select {
	case <-ch:
		return 1
	default:
	}
} // ERROR "missing return"

func ok1() int {
	for {
	}
}

func ok2() int {
	panic("no")
}

func ok3(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		return 0
	}
}

var fl = func() string {
} // ERROR "missing return"

func i(x interface{}) int {
	switch x.(type) {
	case int:
		return 1
	}
} // ERROR "missing return"

func j() int {
L:
	for {
		break L
	}
} // ERROR "missing return"
