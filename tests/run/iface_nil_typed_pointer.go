package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	e := mayFail(false)
	fmt.Println(e == nil, e.Error())
	fmt.Printf("%T %v\n", e, e)
	e = correct(false)
	fmt.Println(e == nil)
	e = mayFail(true)
	fmt.Println(e == nil, e)
	var p *MyErr
	var i interface{} = p
	fmt.Println(i == nil, i.(*MyErr) == nil)
	var s fmt.Stringer
	fmt.Println(s == nil)
}
