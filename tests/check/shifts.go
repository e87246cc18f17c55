// errorcheck

// Type errors: shift counts and shifted operands.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

func f() {
	var i int
	var u uint
	var f64 float64
	var s string
	_ = i << -1           // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	_ = i << 1.5          // ERROR "1\.5 \(untyped float constant\) truncated to uint"
	_ = i << s            // ERROR "invalid operation: shift count s \(variable of type string\) must be integer"
	_ = i << f64          // ERROR "invalid operation: shift count f64 \(variable of type float64\) must be integer"
	_ = f64 << 2          // ERROR "invalid operation: shifted operand f64 \(variable of type float64\) must be integer"
	_ = s >> 1            // ERROR "invalid operation: shifted operand s \(variable of type string\) must be integer"
	_ = 1.5 << 2          // ERROR "invalid operation: shifted operand 1\.5 \(untyped float constant\) must be integer"
	_ = 1 << 1000         // ERROR "constant shift overflow"
	var x int32 = 1 << 40 // ERROR "cannot use 1 << 40 \(untyped int constant 1099511627776\) as int32 value in variable declaration \(overflows\)"
	_ = x
	_ = i << u
	_ = i >> i
	_ = 1 << i
	var y float64 = 1 << i // ERROR "invalid operation: 1 << i \(shift of type float64\)"
	_ = y
	const c = 1.0 << 3
	const d = 2.5 << 1 // ERROR "invalid operation: shifted operand 2\.5 \(untyped float constant\) must be integer"
	_ = true << 1      // ERROR "invalid operation: shifted operand true \(untyped bool constant\) must be integer"
	i <<= s            // ERROR "invalid operation: shift count s \(variable of type string\) must be integer"
	f64 >>= 1          // ERROR "invalid operation: shifted operand f64 \(variable of type float64\) must be integer"
	_ = u << -3        // ERROR "invalid operation: negative shift count -3 \(untyped int constant\)"
	_ = int8(1) << 8   // ERROR "int8\(1\) << 8 \(constant 256 of type int8\) overflows int8"
	var z = 1.0 << u   // ERROR "invalid operation: 1\.0 << u \(shift of type float64\)"
	_ = z
}
