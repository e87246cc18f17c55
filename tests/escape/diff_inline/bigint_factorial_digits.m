bigint_factorial_digits.go:19:15: digits does not escape
bigint_factorial_digits.go:23:18: []byte{...} does not escape
bigint_factorial_digits.go:29:14: string(chunk) escapes to heap
bigint_factorial_digits.go:35:12: []int{...} does not escape
bigint_factorial_digits.go:37:15: inlining call to mulSmall
bigint_factorial_digits.go:5:15: leaking param: digits to result ~r0 level=0
bigint_factorial_digits.go:5:6: can inline mulSmall
