// errorcheck

// Type errors: indexing and slicing of arrays, slices, strings, maps and pointers.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

func f() {
	var arr [3]int
	var sl []int
	var s string
	var m map[string]int
	var x int
	var fl float64
	var p *[3]int
	var ps *[]int
	_ = arr[3]     // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	_ = arr[-1]    // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = arr[1.5]   // ERROR "1\.5 \(untyped float constant\) truncated to int"
	_ = arr["a"]   // ERROR "cannot convert .a. \(untyped string constant\) to int"
	_ = sl[fl]     // ERROR "invalid argument: index fl \(variable of type float64\) must be integer"
	_ = sl[-2]     // ERROR "invalid argument: index -2 \(constant of type int\) must not be negative"
	_ = s[10]      // no error: s is not a constant
	_ = "abc"[3]   // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	_ = "abc"[5:]  // ERROR "invalid argument: index 5 out of bounds \[0:4\]"
	s[0] = 'x'     // ERROR "cannot assign to s\[0\] \(value of type byte\)"
	_ = m[1]       // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
	_ = x[0]       // ERROR "invalid operation: cannot index x \(variable of type int\)"
	_ = p[5]       // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = ps[0]      // ERROR "invalid operation: cannot index ps \(variable of type \*\[\]int\)"
	_ = arr[2:1]   // ERROR "invalid slice indices: 1 < 2"
	_ = sl[3:2]    // ERROR "invalid slice indices: 2 < 3"
	_ = arr[:4]    // ERROR "invalid argument: index 4 out of bounds \[0:4\]"
	_ = sl[1:2:1]  // ERROR "invalid slice indices: 1 < 2"
	_ = s[1:2:3]   // ERROR "invalid operation: 3-index slice of string"
	_ = x[1:]      // ERROR "invalid operation: cannot slice x \(variable of type int\)"
	_ = m[1:2]     // ERROR "invalid operation: cannot slice m \(variable of type map\[string\]int\)"
	_ = arr[1<<70] // ERROR "1 << 70 \(untyped int constant 1180591620717411303424\) overflows int"
	var u uint
	_ = sl[u]
	_ = sl[true] // ERROR "cannot convert true \(untyped bool constant\) to int"
	_ = arr[fl:] // ERROR "invalid argument: index fl \(variable of type float64\) must be integer"
	var c complex128
	_ = sl[c]     // ERROR "invalid argument: index c \(variable of type complex128\) must be integer"
	_ = sl[:-1]   // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = (&m)["a"] // ERROR "invalid operation: cannot index \(&m\) \(value of type \*map\[string\]int\)"
	arr[5] = 1    // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = sl[1.0]
	_ = sl[2.5:]       // ERROR "2\.5 \(untyped float constant\) truncated to int"
	_ = "abc"[-1]      // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = sl[0:1:2][5:3] // ERROR "invalid slice indices: 3 < 5"
}
