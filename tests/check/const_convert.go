// errorcheck

// Type errors: untyped constant conversions: overflows and truncation.
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

const big = 1 << 40
const huge = 1 << 100

func f() {
	var b byte = 300       // ERROR "cannot use 300 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
	var i8 int8 = -129     // ERROR "cannot use -129 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var u uint = -1        // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	var i int = 1.5        // ERROR "cannot use 1\.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	var i32 int32 = big    // ERROR "cannot use big \(untyped int constant 1099511627776\) as int32 value in variable declaration \(overflows\)"
	var u8 uint8 = 255 + 1 // ERROR "cannot use 255 \+ 1 \(untyped int constant 256\) as uint8 value in variable declaration \(overflows\)"
	var x int = huge       // ERROR "cannot use huge \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
	var r rune = 1.0e10    // ERROR "cannot use 1\.0e10 \(untyped float constant 1e\+10\) as rune value in variable declaration \(truncated\)"
	b = 256                // ERROR "cannot use 256 \(untyped int constant\) as byte value in assignment \(overflows\)"
	i8 = 128               // ERROR "cannot use 128 \(untyped int constant\) as int8 value in assignment \(overflows\)"
	u = -5                 // ERROR "cannot use -5 \(untyped int constant\) as uint value in assignment \(overflows\)"
	_ = byte(300)          // ERROR "cannot convert 300 \(untyped int constant\) to type byte"
	_ = int8(200)          // ERROR "cannot convert 200 \(untyped int constant\) to type int8"
	_ = uint(-1)           // ERROR "cannot convert -1 \(untyped int constant\) to type uint"
	_ = int(3.7)           // ERROR "cannot convert 3\.7 \(untyped float constant\) to type int"
	_ = uint16(1 << 16)    // ERROR "cannot convert 1 << 16 \(untyped int constant 65536\) to type uint16"
	var f32 float32 = 1e40 // ERROR "cannot use 1e40 \(untyped float constant 1e\+40\) as float32 value in variable declaration \(overflows\)"
	_ = float32(1e300)     // ERROR "cannot convert 1e300 \(untyped float constant 1e\+300\) to type float32"
	const c int8 = 1000    // ERROR "cannot use 1000 \(untyped int constant\) as int8 value in constant declaration \(overflows\)"
	const d uint = 1 - 2   // ERROR "cannot use 1 - 2 \(untyped int constant -1\) as uint value in constant declaration \(overflows\)"
	const e = 1.5
	var n int = e     // ERROR "cannot use e \(untyped float constant 1\.5\) as int value in variable declaration \(truncated\)"
	var s string = 65 // ERROR "cannot use 65 \(untyped int constant\) as string value in variable declaration"
	_, _, _, _, _, _, _, _, _, _, _, _, _ = b, i8, u, i, i32, u8, x, r, f32, n, s, c, d
}
