package main

func val(n int) int {
	println("  eval case", n)
	return n
}

func main() {
	x := 3
	switch x {
	case val(1), val(2):
		println("1 or 2")
	case val(3), val(4):
		println("3 or 4")
	case val(5):
		println("5")
	}
	switch {
	case val(0) > 0:
		println("no")
	case val(7) > 5:
		println("first true")
	case val(8) > 5:
		println("never evaluated")
	}
	var i interface{} = "s"
	switch i {
	case 1:
		println("int 1")
	case "s":
		println("string s")
	}
	type T struct{ a int }
	switch (T{2}) {
	case T{1}:
		println("T1")
	case T{2}:
		println("T2")
	}
}
