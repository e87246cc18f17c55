// errorcheck

// Type errors: cannot use X as Y value in assignment, argument, return, variable declaration.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

type MyInt int
type Celsius float64
type S struct{ x int }
type Stringer interface{ String() string }

func takesInt(int)           {}
func takesString(s string)   {}
func takesPtr(p *S)          {}
func takesStringer(Stringer) {}

func retString() string {
	return 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in return statement"
}

func retPair() (int, string) {
	return "a", 2 // ERROR "cannot use .a. \(untyped string constant\) as int value in return statement" "cannot use 2 \(untyped int constant\) as string value in return statement"
}

func f() {
	var i int
	var s string
	var mi MyInt
	var f64 float64
	var c Celsius
	var st S
	var b bool
	var bs []byte
	i = s                                   // ERROR "cannot use s \(variable of type string\) as type int in assignment"
	s = i                                   // ERROR "cannot use i \(variable of type int\) as type string in assignment"
	mi = i                                  // ERROR "cannot use i \(variable of type int\) as type MyInt in assignment"
	i = mi                                  // ERROR "cannot use mi \(variable of type MyInt\) as type int in assignment"
	c = f64                                 // ERROR "cannot use f64 \(variable of type float64\) as type Celsius in assignment"
	f64 = c                                 // ERROR "cannot use c \(variable of type Celsius\) as type float64 in assignment"
	i = f64                                 // ERROR "cannot use f64 \(variable of type float64\) as type int in assignment"
	b = 1                                   // ERROR "cannot use 1 \(untyped int constant\) as bool value in assignment"
	bs = s                                  // ERROR "cannot use s \(variable of type string\) as type \[\]byte in assignment"
	var x int = "hello"                     // ERROR "cannot use .hello. \(untyped string constant\) as int value in variable declaration"
	var y string = 'a'                      // ERROR "cannot use 'a' \(untyped rune constant 97\) as string value in variable declaration"
	var z MyInt = i                         // ERROR "cannot use i \(variable of type int\) as type MyInt in variable declaration"
	takesInt(s)                             // ERROR "cannot use s \(variable of type string\) as type int in argument to takesInt"
	takesString(1)                          // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to takesString"
	takesPtr(st)                            // ERROR "cannot use st \(variable of type S\) as type \*S in argument to takesPtr"
	takesStringer(st)                       // ERROR "cannot use st \(variable of type S\) as type Stringer in argument to takesStringer:\n\tS does not implement Stringer \(missing String method\)"
	takesInt(1.5)                           // ERROR "cannot use 1\.5 \(untyped float constant\) as int value in argument to takesInt \(truncated\)"
	var arr [3]int = [4]int{}               // ERROR "cannot use \[4\]int\{\} \(value of type \[4\]int\) as type \[3\]int in variable declaration"
	var sl []int = [3]int{}                 // ERROR "cannot use \[3\]int\{\} \(value of type \[3\]int\) as type \[\]int in variable declaration"
	var m map[string]int = map[int]string{} // ERROR "cannot use map\[int\]string\{\} \(value of type map\[int\]string\) as type map\[string\]int in variable declaration"
	var fn func() = func(int) {}            // ERROR "cannot use func\(int\) \{\} \(value of type func\(int\)\) as type func\(\) in variable declaration"
	var ch chan int = make(chan string)     // ERROR "cannot use make\(chan string\) \(value of type chan string\) as type chan int in variable declaration"
	var ro <-chan int
	var bi chan int = ro // ERROR "cannot use ro \(variable of type <-chan int\) as type chan int in variable declaration"
	_, _, _, _, _, _, _, _, _, _, _ = x, y, z, arr, sl, m, fn, ch, bi, b, bs
	i = nil        // ERROR "cannot use nil as int value in assignment"
	s = nil        // ERROR "cannot use nil as string value in assignment"
	st = nil       // ERROR "cannot use nil as S value in assignment"
	_ = S{x: "no"} // ERROR "cannot use .no. \(untyped string constant\) as int value in struct literal"
	i = true       // ERROR "cannot use true \(untyped bool constant\) as int value in assignment"
}
