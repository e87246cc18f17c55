package strconv

// decDigits is the capacity of a decimal. Every float64 (and every halfway point between two
// neighbouring float64s) has at most 770 significant decimal digits, so the conversions in
// ftoa.go are exact; only parsing an over-long literal can drop digits (trunc).
const decDigits = 800

// decimal is the number 0.d[0]d[1]...d[nd-1] × 10^dp with digits '0'-'9', no trailing zero
// digits (zero is nd == 0, dp == 0). It is a value with a fixed array, used through pointers
// to locals so that it never goes to the heap. trunc: nonzero digits beyond the capacity
// were dropped (the value is a little more than the digits say).
type decimal struct {
	d     [decDigits]byte
	nd    int
	dp    int
	trunc bool
}

// setUint sets a to v.
func (a *decimal) setUint(v uint64) {
	var tmp [20]byte
	n := 0
	for v != 0 {
		q := v / 10
		tmp[n] = byte(v-q*10) + '0'
		n++
		v = q
	}
	for i := 0; i < n; i++ {
		a.d[i] = tmp[n-1-i]
	}
	a.nd = n
	a.dp = n
	a.trunc = false
	a.trim()
}

// trim drops trailing zero digits.
func (a *decimal) trim() {
	for a.nd > 0 && a.d[a.nd-1] == '0' {
		a.nd--
	}
	if a.nd == 0 {
		a.dp = 0
	}
}

// maxStep is the largest shift done in one pass: a digit times 2^maxStep plus the carry (or
// ten times the remainder plus a digit) must fit in 64 bits.
const maxStep = 60

// shift multiplies a by 2^k (k > 0) or divides it by 2^-k (k < 0).
func (a *decimal) shift(k int) {
	if a.nd == 0 {
		return
	}
	for k > 0 {
		s := k
		if s > maxStep {
			s = maxStep
		}
		a.shl(uint(s))
		k -= s
	}
	for k < 0 {
		s := -k
		if s > maxStep {
			s = maxStep
		}
		a.shr(uint(s))
		k += s
	}
}

// shl multiplies a (nonzero) by 2^k, 0 < k <= maxStep. The digits are multiplied from the
// last one up and written ext places further on, ext being at least the number of digits
// the product can gain; the result is then moved down over the unused leading places.
func (a *decimal) shl(k uint) {
	ext := int(k)*1233>>12 + 1 // > k × log10(2)
	w := a.nd + ext            // one past the place of the product's last digit
	var carry uint64
	for r := a.nd - 1; r >= 0; r-- {
		n := uint64(a.d[r]-'0')<<k + carry
		carry = n / 10
		w--
		dig := byte(n - carry*10)
		if w < decDigits {
			a.d[w] = dig + '0'
		} else if dig != 0 {
			a.trunc = true
		}
	}
	for carry != 0 {
		q := carry / 10
		w--
		dig := byte(carry - q*10)
		if w < decDigits {
			a.d[w] = dig + '0'
		} else if dig != 0 {
			a.trunc = true
		}
		carry = q
	}
	end := a.nd + ext
	if end > decDigits {
		end = decDigits
	}
	// The product's digits are d[w:end]; its last digit keeps the place of a's last one.
	copy(a.d[:], a.d[w:end])
	a.dp += ext - w
	a.nd = end - w
	a.trim()
}

// shr divides a (nonzero) by 2^k, 0 < k <= maxStep, by long division from the first digit,
// writing the quotient's digits over the ones already read.
func (a *decimal) shr(k uint) {
	r := 0 // digits read (past the end of a they are zeros)
	var n uint64
	for n>>k == 0 {
		if r < a.nd {
			n = n*10 + uint64(a.d[r]-'0')
		} else {
			n *= 10
		}
		r++
	}
	// The quotient's first digit is at the place of the r-th digit read.
	a.dp -= r - 1
	mask := uint64(1)<<k - 1
	w := 0
	for ; r < a.nd; r++ {
		a.d[w] = byte(n>>k) + '0'
		w++
		n = (n&mask)*10 + uint64(a.d[r]-'0')
	}
	for n != 0 {
		dig := byte(n >> k)
		if w < decDigits {
			a.d[w] = dig + '0'
			w++
		} else if dig != 0 {
			a.trunc = true
		}
		n = (n & mask) * 10
	}
	a.nd = w
	a.trim()
}

// roundUpAt keeps the first n digits (0 <= n < nd) and adds one in the last kept place.
func (a *decimal) roundUpAt(n int) {
	i := n - 1
	for i >= 0 && a.d[i] == '9' {
		i--
	}
	if i < 0 {
		// all nines (or nothing kept): 1 in the next higher place
		a.d[0] = '1'
		a.nd = 1
		a.dp++
		return
	}
	a.d[i]++
	a.nd = i + 1
}

// roundDownAt keeps the first n digits (0 <= n < nd).
func (a *decimal) roundDownAt(n int) {
	a.nd = n
	a.trim()
}

// roundsUp reports whether rounding a to n digits (0 <= n < nd) to nearest, ties to even,
// goes up.
func (a *decimal) roundsUp(n int) bool {
	c := a.d[n]
	if c != '5' {
		return c > '5'
	}
	if n+1 < a.nd || a.trunc {
		return true // more than halfway
	}
	// exactly halfway: to even
	return n > 0 && (a.d[n-1]-'0')%2 == 1
}

// round rounds a to n digits, to nearest, ties to even. n < 0 or n >= nd leaves a alone
// (the formatting prints zeros for the missing places).
func (a *decimal) round(n int) {
	if n < 0 || n >= a.nd {
		return
	}
	if a.roundsUp(n) {
		a.roundUpAt(n)
	} else {
		a.roundDownAt(n)
	}
}

// digitAt returns the digit of a in the place 10^p ('0' outside its digits).
func (a *decimal) digitAt(p int) byte {
	i := a.dp - 1 - p
	if i < 0 || i >= a.nd {
		return '0'
	}
	return a.d[i]
}

// setBinary sets a to m × 2^k exactly (m < 2^63, k < 1000). A positive k is done in binary, in limbs on
// the stack, and the integer converted nine digits at a time: much faster than doubling the
// decimal digits for large k.
func (a *decimal) setBinary(m uint64, k int) {
	if k <= 0 || m == 0 {
		a.setUint(m)
		a.shift(k)
		return
	}
	// m × 2^k < 2^(63+1024): 34 limbs of 32 bits.
	var z [36]uint32
	w, b := k/32, uint(k%32)
	if b == 0 {
		z[w] = uint32(m)
		z[w+1] = uint32(m >> 32)
	} else {
		z[w] = uint32(m << b)
		z[w+1] = uint32(m >> (32 - b))
		z[w+2] = uint32(m >> (64 - b))
	}
	n := w + 3
	for n > 0 && z[n-1] == 0 {
		n--
	}
	// Chunks of nine digits, least significant first.
	var chunks [40]uint32
	nc := 0
	for n > 0 {
		var rem uint64
		for i := n - 1; i >= 0; i-- {
			t := rem<<32 | uint64(z[i])
			q := t / 1000000000
			z[i] = uint32(q)
			rem = t - q*1000000000
		}
		chunks[nc] = uint32(rem)
		nc++
		for n > 0 && z[n-1] == 0 {
			n--
		}
	}
	nd := 0
	for c := nc - 1; c >= 0; c-- {
		v := chunks[c]
		var nine [9]byte
		for j := 8; j >= 0; j-- {
			q := v / 10
			nine[j] = byte(v-q*10) + '0'
			v = q
		}
		j := 0
		if c == nc-1 {
			for j < 8 && nine[j] == '0' {
				j++
			}
		}
		for ; j < 9; j++ {
			a.d[nd] = nine[j]
			nd++
		}
	}
	a.nd = nd
	a.dp = nd
	a.trunc = false
	a.trim()
}
