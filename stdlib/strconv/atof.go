package strconv

const fnParseFloat = "ParseFloat"

// ParseFloat converts the string s to a floating-point number with the precision specified
// by bitSize: 32 for float32, or 64 for float64. It accepts decimal and hexadecimal
// floating-point literals as defined by the Go syntax (underscores only between digits),
// "Inf", "+Inf", "-Inf", "Infinity" and "NaN" in any case. The result is the nearest
// floating-point number rounded using IEEE754 unbiased rounding; out of range values are
// ±Inf with err.Err = ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, n, err := parseFloatPrefix(s, bitSize)
	if n != len(s) && (err == nil || err.(*NumError).Err != ErrSyntax) {
		return 0, syntaxError(fnParseFloat, s)
	}
	return f, err
}

func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	flt := &float64info
	if bitSize == 32 {
		flt = &float32info
	}
	if f, n, ok := special(s); ok {
		return f, n, nil
	}
	r, n, ok := readFloat(s)
	if !ok {
		return 0, n, syntaxError(fnParseFloat, s)
	}
	var f float64
	var ovf bool
	if r.hex {
		f, ovf = hexToFloat(r, flt)
	} else {
		f, ovf = decimalToFloat(r, flt)
	}
	if ovf {
		return f, n, rangeError(fnParseFloat, s[:n])
	}
	return f, n, nil
}

func commonPrefixLenIgnoreCase(s, prefix string) int {
	n := len(prefix)
	if n > len(s) {
		n = len(s)
	}
	for i := 0; i < n; i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return i
		}
	}
	return n
}

// special recognises an optionally signed inf/infinity or an unsigned nan at the start of s.
func special(s string) (f float64, n int, ok bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	sign := 1
	nsign := 0
	c := s[0]
	if c == '+' || c == '-' {
		if c == '-' {
			sign = -1
		}
		nsign = 1
		s = s[1:]
		c = 'i'
	}
	switch c {
	case 'i', 'I':
		n := commonPrefixLenIgnoreCase(s, "infinity")
		if 3 < n && n < 8 {
			n = 3
		}
		if n == 3 || n == 8 {
			if sign < 0 {
				return float64frombits(0xfff0000000000000), nsign + n, true
			}
			return float64frombits(0x7ff0000000000000), nsign + n, true
		}
	case 'n', 'N':
		if commonPrefixLenIgnoreCase(s, "nan") == 3 {
			return float64frombits(0x7ff8000000000001), 3, true
		}
	}
	return 0, 0, false
}

// floatLit is a parsed literal: digits (decimal digits without leading zeros, or the hex
// mantissa), value = 0.digits × 10^dp for decimal; mant × 2^exp (+ sticky) for hex.
type floatLit struct {
	neg    bool
	hex    bool
	digits []byte
	dp     int
	mant   uint64
	exp    int
	sticky bool
}

// readFloat parses the longest float literal prefix of s.
func readFloat(s string) (r floatLit, i int, ok bool) {
	underscores := false
	if i >= len(s) {
		return
	}
	if s[i] == '+' {
		i++
	} else if s[i] == '-' {
		r.neg = true
		i++
	}
	expChar := byte('e')
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		r.hex = true
		expChar = 'p'
		i += 2
	}
	sawdot, sawdigits := false, false
	nd := 0     // significant digits seen
	dp := 0     // position of the point, in digits
	ndMant := 0 // hex digits in mant
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			underscores = true
			continue
		}
		if c == '.' {
			if sawdot {
				break
			}
			sawdot = true
			dp = nd
			continue
		}
		var v int
		if '0' <= c && c <= '9' {
			v = int(c - '0')
		} else if r.hex && 'a' <= lower(c) && lower(c) <= 'f' {
			v = int(lower(c)-'a') + 10
		} else {
			break
		}
		sawdigits = true
		if v == 0 && nd == 0 {
			dp-- // leading zero
			continue
		}
		nd++
		if r.hex {
			if ndMant < 16 {
				r.mant = r.mant*16 + uint64(v)
				ndMant++
			} else if v != 0 {
				r.sticky = true
			}
		} else {
			r.digits = append(r.digits, c)
		}
	}
	if !sawdigits {
		return
	}
	if !sawdot {
		dp = nd
	}
	e := 0
	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i >= len(s) {
			return
		}
		esign := 1
		if s[i] == '+' {
			i++
		} else if s[i] == '-' {
			i++
			esign = -1
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return
		}
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
				continue
			}
			if e < 10000 {
				e = e*10 + int(s[i]-'0')
			}
		}
		e *= esign
	} else if r.hex {
		return // hex floats need a p exponent
	}
	if r.hex {
		if r.mant != 0 {
			r.exp = dp*4 - ndMant*4 + e
		}
	} else {
		r.dp = dp + e
	}
	if underscores && !underscoreOK(s[:i]) {
		return
	}
	ok = true
	return
}

// fl is a float as m × 2^k: m < 2^(mantbits+1), and either m >= 2^mantbits or k is the
// denormal exponent.
type fl struct {
	m uint64
	k int
}

func flOf(f float64, flt *floatInfo) fl {
	var bits uint64
	if flt == &float32info {
		bits = uint64(float32bits(float32(f)))
	} else {
		bits = float64bits(f)
	}
	e := int(bits>>flt.mantbits) & (1<<flt.expbits - 1)
	m := bits & (uint64(1)<<flt.mantbits - 1)
	if e == 0 {
		e = 1
	} else {
		m |= uint64(1) << flt.mantbits
	}
	return fl{m, e + flt.bias - int(flt.mantbits)}
}

func (x fl) next(flt *floatInfo) fl {
	x.m++
	if x.m == uint64(1)<<(flt.mantbits+1) {
		x.m >>= 1
		x.k++
	}
	return x
}

func (x fl) prev(flt *floatInfo) fl {
	minexp := flt.bias + 1 - int(flt.mantbits)
	if x.m == uint64(1)<<flt.mantbits && x.k > minexp {
		return fl{uint64(1)<<(flt.mantbits+1) - 1, x.k - 1}
	}
	x.m--
	return x
}

// bits returns the IEEE encoding (without sign) of x, and whether it overflowed to Inf.
func (x fl) bits(flt *floatInfo) (uint64, bool) {
	maxk := 1<<flt.expbits - 2 + flt.bias - int(flt.mantbits) // exponent of the largest finite float
	if x.k > maxk {
		return uint64(1<<flt.expbits-1) << flt.mantbits, true
	}
	if x.m < uint64(1)<<flt.mantbits {
		return x.m, false // denormal or zero
	}
	e := uint64(x.k - flt.bias + int(flt.mantbits))
	return e<<flt.mantbits | x.m&(uint64(1)<<flt.mantbits-1), false
}

func toFloat(x fl, neg bool, flt *floatInfo) (float64, bool) {
	b, ovf := x.bits(flt)
	if flt == &float32info {
		if neg {
			b |= 1 << 31
		}
		return float64(float32frombits(uint32(b))), ovf
	}
	if neg {
		b |= 1 << 63
	}
	return float64frombits(b), ovf
}

// decimalToFloat rounds 0.digits × 10^dp to the nearest float (ties to even): an estimate,
// then exact comparisons with the halfway points to the neighbours (Clinger's algorithm R).
func decimalToFloat(r floatLit, flt *floatInfo) (float64, bool) {
	digits := r.digits
	for len(digits) > 0 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
	}
	if len(digits) == 0 || r.dp < -330 {
		return toFloat(fl{0, flt.bias + 1 - int(flt.mantbits)}, r.neg, flt)
	}
	if r.dp > 310 {
		return toFloat(fl{uint64(1) << flt.mantbits, 1 << 20}, r.neg, flt)
	}
	e10 := r.dp - len(digits) // value = D × 10^e10

	// Exact fast path: D and 10^|e10| are exact float64s.
	if flt == &float64info && len(digits) <= 15 && e10 >= -22 && e10 <= 22 {
		var d uint64
		for _, c := range digits {
			d = d*10 + uint64(c-'0')
		}
		f := float64(d)
		p := pow10f(abs(e10))
		if e10 < 0 {
			f /= p
		} else {
			f *= p
		}
		if r.neg {
			f = -f
		}
		return f, false
	}

	// Estimate from the leading 19 digits.
	var lead uint64
	n := len(digits)
	if n > 19 {
		n = 19
	}
	for _, c := range digits[:n] {
		lead = lead*10 + uint64(c-'0')
	}
	est := float64(lead)
	pe := e10 + len(digits) - n
	for pe > 0 {
		s := pe
		if s > 22 {
			s = 22
		}
		est *= pow10f(s)
		pe -= s
	}
	for pe < 0 {
		s := -pe
		if s > 22 {
			s = 22
		}
		est /= pow10f(s)
		pe += s
	}
	maxf := fl{uint64(1)<<(flt.mantbits+1) - 1, 1<<flt.expbits - 2 + flt.bias - int(flt.mantbits)}
	var x fl
	if est-est != 0 || flt == &float32info && est > 3.5e38 { // Inf
		x = maxf
	} else {
		x = flOf(est, flt)
		if x.k > maxf.k {
			x = maxf
		}
	}

	D := natFromDigits(digits)
	// cmpMid compares the decimal with m × 2^k.
	cmpMid := func(m uint64, k int) int {
		lhs := make(nat, len(D))
		copy(lhs, D)
		rhs := natFromUint64(m)
		if e10 >= 0 {
			lhs = lhs.mulPow10(e10)
		} else {
			rhs = rhs.mulPow10(-e10)
		}
		if k >= 0 {
			rhs = rhs.shl(k)
		} else {
			lhs = lhs.shl(-k)
		}
		return lhs.cmp(rhs)
	}
	midpoint := func(a, b fl) (uint64, int) {
		k := a.k
		if b.k < k {
			k = b.k
		}
		return a.m<<uint(a.k-k) + b.m<<uint(b.k-k), k - 1
	}
	for {
		if x.k > maxf.k {
			break // Inf
		}
		up := x.next(flt)
		m, k := midpoint(x, up)
		if c := cmpMid(m, k); c > 0 || c == 0 && x.m%2 == 1 {
			x = up
			continue
		}
		if x.m == 0 {
			break
		}
		down := x.prev(flt)
		m, k = midpoint(down, x)
		if c := cmpMid(m, k); c < 0 || c == 0 && x.m%2 == 1 {
			x = down
			continue
		}
		break
	}
	return toFloat(x, r.neg, flt)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func pow10f(n int) float64 {
	f := 1.0
	for i := 0; i < n; i++ {
		f *= 10
	}
	return f
}

// hexToFloat rounds mant × 2^exp (+ sticky bits) to the nearest float, ties to even.
func hexToFloat(r floatLit, flt *floatInfo) (float64, bool) {
	m, k := r.mant, r.exp
	minexp := flt.bias + 1 - int(flt.mantbits)
	if m == 0 {
		return toFloat(fl{0, minexp}, r.neg, flt)
	}
	sticky := r.sticky
	// Normalise to exactly mantbits+3 bits (two guard bits) unless denormal.
	width := flt.mantbits + 3
	for m>>(width-1) == 0 {
		m <<= 1
		k--
	}
	for m>>width != 0 {
		if m&1 != 0 {
			sticky = true
		}
		m >>= 1
		k++
	}
	// The value's mantissa for the target is m >> 2 at exponent k+2; denormals need more.
	for k+2 < minexp {
		if m&1 != 0 {
			sticky = true
		}
		m >>= 1
		k++
		if m == 0 {
			break
		}
	}
	guard := m & 3
	m >>= 2
	k += 2
	if guard > 2 || guard == 2 && (sticky || m&1 == 1) {
		m++ // above halfway, or halfway and odd
	}
	if m == uint64(1)<<(flt.mantbits+1) {
		m >>= 1
		k++
	}
	if m < uint64(1)<<flt.mantbits {
		k = minexp
	}
	return toFloat(fl{m, k}, r.neg, flt)
}
