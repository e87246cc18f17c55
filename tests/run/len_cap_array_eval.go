package main

import "fmt"

var calls int

func arrp() *[4]int {
	calls++
	return nil
}

func arr() [6]string {
	calls++
	return [6]string{"a", "b"}
}

func full() *[5]int {
	calls++
	return &[5]int{1, 2, 3, 4, 5}
}

func main() {
	// len and cap of an array (pointer) are constants only when the operand has no calls or
	// receives; otherwise the operand is evaluated (once), even when it is a nil pointer.
	n := len(arrp())
	fmt.Println(n, calls)
	n = cap(arr())
	fmt.Println(n, calls)

	c := make(chan *[3]byte, 2)
	c <- nil
	c <- new([3]byte)
	fmt.Println(len(<-c), len(c))

	// No calls: a constant, the operand is not evaluated (no index panic).
	var ps []*[7]int
	const k = len(ps[5])
	fmt.Println(k, len(ps[9]))

	// A function literal's body does not count, and conversions are not calls.
	const m = len([2]func(){func() { arrp() }})
	fmt.Println(m, calls, len((*[8]int)(nil)))

	// len of an operand that calls a function is still the array length.
	x := len([3]int{int(arr()[0][0]), 0, 0})
	fmt.Println(x, calls)

	// range evaluates a call once.
	calls = 0
	sum := 0
	for _, v := range full() {
		sum += v
	}
	for i := range full() {
		sum += i
	}
	for range full() {
		sum++
	}
	fmt.Println(sum, calls)
}
