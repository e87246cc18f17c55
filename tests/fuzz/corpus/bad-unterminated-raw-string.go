package p

var s = `raw never closed
func f() {}
