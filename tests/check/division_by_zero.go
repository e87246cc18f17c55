// errorcheck

// Type errors: a constant zero divisor, for integer operands and for any constant dividend; a
// float or complex variable divided by a constant zero is allowed (±Inf, NaN at run time). A
// typed constant divisor is rounded to its type first (1e-50 is zero as a float32).
// Annotations are gc 1.19's messages (go tool compile -p=p -C -e).

package p

var i int
var f float64
var c complex128

const k = 1.5
const kc = 1i
const x complex64 = 0
const g float32 = 1

var _ = i / 0         // ERROR "invalid operation: division by zero"
var _ = i % 0         // ERROR "invalid operation: division by zero"
var _ = f / 0         // no error: a variable dividend
var _ = c / 0         // no error
var _ = k / 0         // ERROR "invalid operation: division by zero"
var _ = kc / 0        // ERROR "invalid operation: division by zero"
var _ = kc / (0 + 0i) // ERROR "invalid operation: division by zero"
var _ = x / 1e-20
var _ = x / 1e-50 // ERROR "invalid operation: division by zero"
var _ = x / (1e-20 + 1e-50i)
var _ = x / (1e-50 + 1e-50i) // ERROR "invalid operation: division by zero"
var _ = g / 1e-50            // ERROR "invalid operation: division by zero"
var _ = g / 1e-45            // ERROR "g / 1e-45 \(constant 7\.13624e\+44 of type float32\) overflows float32"
