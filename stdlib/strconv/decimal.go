package strconv

// decimal is an exact decimal number 0.d[0]d[1]... × 10^dp, with no leading or trailing
// zero digits (zero has no digits).
type decimal struct {
	d  []byte
	dp int
}

// decimalOf returns the exact decimal value of mant × 2^exp.
func decimalOf(mant uint64, exp int) decimal {
	if mant == 0 {
		return decimal{}
	}
	var digits []byte
	dp := 0
	if exp >= 0 {
		digits = natFromUint64(mant).shl(exp).decimalDigits()
		dp = len(digits)
	} else {
		// mant / 2^k = mant × 5^k / 10^k
		digits = natFromUint64(mant).mulPow5(-exp).decimalDigits()
		dp = len(digits) + exp
	}
	d := decimal{digits, dp}
	d.trim()
	return d
}

func (a *decimal) trim() {
	n := len(a.d)
	for n > 0 && a.d[n-1] == '0' {
		n--
	}
	a.d = a.d[:n]
	if n == 0 {
		a.dp = 0
	}
}

// cmpDecimal compares the values of two non-negative decimals.
func cmpDecimal(a, b decimal) int {
	if len(a.d) == 0 || len(b.d) == 0 {
		switch {
		case len(a.d) == len(b.d):
			return 0
		case len(a.d) == 0:
			return -1
		}
		return 1
	}
	if a.dp != b.dp {
		if a.dp < b.dp {
			return -1
		}
		return 1
	}
	for i := 0; i < len(a.d) || i < len(b.d); i++ {
		var x, y byte = '0', '0'
		if i < len(a.d) {
			x = a.d[i]
		}
		if i < len(b.d) {
			y = b.d[i]
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}

// roundedDown returns a truncated to n digits (n >= 0).
func (a decimal) roundedDown(n int) decimal {
	if n >= len(a.d) {
		return a
	}
	r := decimal{append([]byte(nil), a.d[:n]...), a.dp}
	r.trim()
	return r
}

// roundedUp returns a truncated to n digits plus one unit in the last kept place, unless
// a has no more digits than n.
func (a decimal) roundedUp(n int) decimal {
	if n >= len(a.d) {
		return a
	}
	r := decimal{append([]byte(nil), a.d[:n]...), a.dp}
	i := n - 1
	for i >= 0 && r.d[i] == '9' {
		i--
	}
	if i < 0 {
		// all nines (or nothing kept): 1 in the next higher place
		r.d = append(r.d[:0], '1')
		r.dp++
		return r
	}
	r.d[i]++
	r.d = r.d[:i+1]
	return r
}

// rounded returns a rounded to n digits, to nearest, ties to even. n < 0 leaves a alone (the
// caller prints zeros for those places).
func (a decimal) rounded(n int) decimal {
	if n < 0 || n >= len(a.d) {
		return a
	}
	up := false
	if a.d[n] > '5' || a.d[n] == '5' && n+1 < len(a.d) {
		up = true
	} else if a.d[n] == '5' {
		// exactly halfway: to even
		up = n > 0 && (a.d[n-1]-'0')%2 == 1
	}
	if up {
		return a.roundedUp(n)
	}
	return a.roundedDown(n)
}
