package main

// A non-comma-ok assertion on a nil interface value:
// panic: interface conversion: interface {} is nil, not main.T

type T struct{ name string }

func describe(v interface{}) string {
	if t, ok := v.(T); ok {
		return "T named " + t.name
	}
	return "not a T"
}

func main() {
	var v interface{}
	println(describe(T{"x"}))
	println(describe(3))
	println(describe(v))
	_, ok := v.(T)
	println("comma-ok on nil:", ok)
	v = T{"set"}
	println(v.(T).name)
	v = nil
	t := v.(T)
	println("not reached", t.name)
}
