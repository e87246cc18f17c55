// errorcheck

// Type errors: misuse of the predeclared functions.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

type T struct{ a int }

func f() {
	var x int
	var s []int
	var m map[string]int
	var str string
	var p *T
	var ch chan int
	var f64 float64
	var c128 complex128
	_ = len(x)                     // ERROR "invalid argument: x \(variable of type int\) for len"
	_ = len()                      // ERROR "invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)"
	_ = len(s, s)                  // ERROR "invalid operation: too many arguments for len\(s, s\) \(expected 1, found 2\)"
	_ = cap(m)                     // ERROR "invalid argument: m \(variable of type map\[string\]int\) for cap"
	_ = cap(str)                   // ERROR "invalid argument: str \(variable of type string\) for cap"
	_ = append(x, 1)               // ERROR "first argument to append must be a slice; have x \(variable of type int\)"
	_ = append(s, "a")             // ERROR "cannot use .a. \(untyped string constant\) as int value in argument to append"
	_ = append()                   // ERROR "invalid operation: not enough arguments for append\(\) \(expected 1, found 0\)"
	append(s, 1)                   // ERROR "append\(s, 1\) \(value of type \[\]int\) is not used"
	_ = append(s, s)               // ERROR "cannot use s \(variable of type \[\]int\) as type int in argument to append"
	_ = copy(s, x)                 // ERROR "invalid argument: copy expects slice arguments; found s \(variable of type \[\]int\) and x \(variable of type int\)"
	_ = copy(x, s)                 // ERROR "invalid argument: copy expects slice arguments; found x \(variable of type int\) and s \(variable of type \[\]int\)"
	copy(s)                        // ERROR "invalid operation: not enough arguments for copy\(s\) \(expected 2, found 1\)"
	_ = copy(s, str)               // ERROR "invalid argument: arguments to copy s \(variable of type \[\]int\) and str \(variable of type string\) have different element types int and byte"
	delete(s, 1)                   // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map"
	delete(m, 1)                   // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
	delete(m)                      // ERROR "invalid operation: not enough arguments for delete\(m\) \(expected 2, found 1\)"
	_ = make(int)                  // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make([]int)                // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = make([]int, -1)            // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = make([]int, 10, 5)         // ERROR "invalid argument: length and capacity swapped"
	_ = make(map[string]int, 1, 2) // ERROR "invalid operation: make\(map\[string\]int, 1, 2\) expects 1 or 2 arguments; found 3"
	_ = make(T)                    // ERROR "invalid argument: cannot make T; type must be slice, map, or channel"
	_ = make([]int, "a")           // ERROR "cannot convert .a. \(untyped string constant\) to int"
	_ = make([]int, 1.5)           // ERROR "1\.5 \(untyped float constant\) truncated to int"
	_ = new(1)                     // ERROR "1 is not a type"
	_ = new(int, int)              // ERROR "invalid operation: too many arguments for new\(int, int\) \(expected 1, found 2\)"
	_ = new()                      // ERROR "invalid operation: not enough arguments for new\(\) \(expected 1, found 0\)"
	panic()                        // ERROR "invalid operation: not enough arguments for panic\(\) \(expected 1, found 0\)"
	panic(1, 2)                    // ERROR "invalid operation: too many arguments for panic\(1, 2\) \(expected 1, found 2\)"
	print(x...)                    // ERROR "invalid operation: invalid use of \.\.\. with built-in print"
	_ = complex(1, "a")            // ERROR "invalid operation: complex\(1, .a.\) \(mismatched types untyped float and untyped string\)"
	_ = complex(f64, float32(1))   // ERROR "invalid operation: complex\(f64, float32\(1\)\) \(mismatched types float64 and float32\)"
	_ = complex(x, x)              // ERROR "invalid argument: arguments have type int, expected floating-point"
	_ = real(x)                    // ERROR "invalid argument: argument has type int, expected complex type"
	_ = imag(str)                  // ERROR "invalid argument: argument has type string, expected complex type"
	_ = real(c128, c128)           // ERROR "invalid operation: too many arguments for real\(c128, c128\) \(expected 1, found 2\)"
	_ = complex(c128, 1)           // ERROR "invalid argument: arguments have type complex128, expected floating-point"
	len(s)                         // ERROR "len\(s\) \(value of type int\) is not used"
	new(T)                         // ERROR "new\(T\) \(value of type \*T\) is not used"
	_ = len                        // ERROR "len \(built-in\) must be called"
	_ = cap(p)                     // ERROR "invalid argument: p \(variable of type \*T\) for cap"
	_ = copy(s, s, s)              // ERROR "invalid operation: too many arguments for copy\(s, s, s\) \(expected 2, found 3\)"
	close()                        // ERROR "invalid operation: not enough arguments for close\(\) \(expected 1, found 0\)"
	_ = close(ch)                  // ERROR "close\(ch\) \(no value\) used as value"
	_ = min(1, 2)                  // ERROR "undefined: min"
	_ = print(1)                   // ERROR "print\(1\) \(no value\) used as value"
	_ = len(ch, 1)                 // ERROR "invalid operation: too many arguments for len\(ch, 1\) \(expected 1, found 2\)"
	recover(1)                     // ERROR "invalid operation: too many arguments for recover\(1\) \(expected 0, found 1\)"
}
