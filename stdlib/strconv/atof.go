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
	var r floatLit
	n, ok := readFloat(s, &r)
	if !ok {
		return 0, n, syntaxError(fnParseFloat, s)
	}
	var f float64
	var ovf bool
	if r.hex {
		f, ovf = hexToFloat(&r, flt)
	} else {
		f, ovf = decimalToFloat(s, &r, flt)
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

// floatLit is a parsed literal. Decimal: value = 0.D × 10^dp where D is the significant
// digits (no leading zeros) of s[start:end] (which also holds the point, underscores and
// leading zeros); nd counts them, lastNZ is the count up to the last nonzero one, dmant is
// the integer made of the first min(nd, 19). Hex: mant × 2^exp (+ sticky).
type floatLit struct {
	neg        bool
	hex        bool
	start, end int
	nd, lastNZ int
	dmant      uint64
	dp         int
	mant       uint64
	exp        int
	sticky     bool
}

// readFloat parses the longest float literal prefix of s.
func readFloat(s string, r *floatLit) (i int, ok bool) {
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
	r.start = i
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
			if nd <= 19 {
				r.dmant = r.dmant*10 + uint64(v)
			}
			if v != 0 {
				r.lastNZ = nd
			}
		}
	}
	r.end = i
	r.nd = nd
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

// decimalToFloat rounds the decimal literal r (read from s) to the nearest float, ties to
// even.
func decimalToFloat(s string, r *floatLit, flt *floatInfo) (float64, bool) {
	if r.lastNZ == 0 || r.dp < -330 {
		return toFloat(fl{0, flt.bias + 1 - int(flt.mantbits)}, r.neg, flt)
	}
	if r.dp > 310 {
		return toFloat(fl{uint64(1) << flt.mantbits, 1 << 20}, r.neg, flt)
	}

	// Exact fast path: D (without trailing zeros) and 10^|e10| are exact float64s, so one
	// rounded multiplication or division gives the nearest float64.
	if flt == &float64info && r.lastNZ <= 15 {
		e10 := r.dp - r.lastNZ // value = D × 10^e10
		if e10 >= -22 && e10 <= 22 {
			dm := r.dmant
			for n := min19(r.nd); n > r.lastNZ; n-- {
				dm /= 10
			}
			f := float64(dm)
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
	}

	var d decimal
	d.setLiteral(s[r.start:r.end], r.dp)
	b, ovf := d.floatBits(flt)
	if flt == &float32info {
		if r.neg {
			b |= 1 << 31
		}
		return float64(float32frombits(uint32(b))), ovf
	}
	if r.neg {
		b |= 1 << 63
	}
	return float64frombits(b), ovf
}

func min19(n int) int {
	if n > 19 {
		return 19
	}
	return n
}

// setLiteral sets a to 0.D × 10^dp, D being the significant digits in lit (a literal's
// mantissa: digits, at most one point, underscores). Digits past the capacity are dropped
// (trunc if any is nonzero).
func (a *decimal) setLiteral(lit string, dp int) {
	a.nd = 0
	a.trunc = false
	for i := 0; i < len(lit); i++ {
		c := lit[i]
		if c < '0' || c > '9' || c == '0' && a.nd == 0 {
			continue // point, underscore, leading zero
		}
		if a.nd < decDigits {
			a.d[a.nd] = c
			a.nd++
		} else if c != '0' {
			a.trunc = true
		}
	}
	a.dp = dp
	a.trim()
}

// floatBits returns the IEEE encoding (without sign) of the float nearest to a (nonzero,
// dp within ±400), ties to even, and whether it overflowed to Inf.
func (a *decimal) floatBits(flt *floatInfo) (uint64, bool) {
	// Scale a into [1/2, 1): value = a × 2^e.
	e := 0
	for a.dp > 0 {
		// a >= 10^(dp-1) and 10^(dp-1) / 2^(3dp-2) >= 1/2: never below 1/2.
		k := 3*a.dp - 2
		if k > maxStep {
			k = maxStep
		}
		a.shr(uint(k))
		e += k
	}
	for a.dp < 0 || a.d[0] < '5' {
		// a < 10^dp, and 10^dp × 2^(3|dp|) < 1 for dp < 0: never 1 or more.
		k := 1
		if a.dp < 0 {
			k = -3 * a.dp
			if k > maxStep {
				k = maxStep
			}
		}
		a.shl(uint(k))
		e -= k
	}
	// The leading bit is in place 2^(e-1). Below the smallest normal exponent the value is a
	// denormal: fewer bits of it are kept.
	minexp := flt.bias + 1 // exponent of the smallest normal's leading bit
	if e-1 < minexp {
		extra := minexp - (e - 1)
		if extra > int(flt.mantbits)+2 {
			return 0, false // below half the smallest denormal
		}
		a.shift(-extra)
		e += extra
	}
	// The mantissa is a × 2^(mantbits+1), rounded to an integer.
	a.shift(int(flt.mantbits) + 1)
	var m uint64
	i := 0
	for ; i < a.dp && i < a.nd; i++ {
		m = m*10 + uint64(a.d[i]-'0')
	}
	for ; i < a.dp; i++ {
		m *= 10
	}
	if a.dp >= 0 && a.dp < a.nd && a.roundsUp(a.dp) {
		m++
	}
	if m == uint64(1)<<(flt.mantbits+1) {
		m >>= 1
		e++
	}
	if e-1 > flt.bias+(1<<flt.expbits-2) {
		return uint64(1<<flt.expbits-1) << flt.mantbits, true
	}
	if m < uint64(1)<<flt.mantbits {
		return m, false // denormal (or zero)
	}
	be := uint64(e - 1 - flt.bias)
	return be<<flt.mantbits | m&(uint64(1)<<flt.mantbits-1), false
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
func hexToFloat(r *floatLit, flt *floatInfo) (float64, bool) {
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
