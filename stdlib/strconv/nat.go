package strconv

// nat is a non-negative big integer, little-endian base-2^32 limbs, without leading zero
// limbs. The float conversions use it for exact arithmetic.
type nat []uint32

func natFromUint64(x uint64) nat {
	var z nat
	for x != 0 {
		z = append(z, uint32(x))
		x >>= 32
	}
	return z
}

// mulAdd returns z*m + a.
func (z nat) mulAdd(m, a uint32) nat {
	carry := uint64(a)
	for i := range z {
		t := uint64(z[i])*uint64(m) + carry
		z[i] = uint32(t)
		carry = t >> 32
	}
	if carry != 0 {
		z = append(z, uint32(carry))
	}
	return z.norm()
}

func (z nat) norm() nat {
	n := len(z)
	for n > 0 && z[n-1] == 0 {
		n--
	}
	return z[:n]
}

// mulPow returns z * b^e for a small base b (b^k must fit in 32 bits for the chunk used).
func (z nat) mulPow5(e int) nat {
	for e >= 13 {
		z = z.mulAdd(1220703125, 0) // 5^13
		e -= 13
	}
	m := uint32(1)
	for ; e > 0; e-- {
		m *= 5
	}
	if m != 1 {
		z = z.mulAdd(m, 0)
	}
	return z
}

func (z nat) mulPow10(e int) nat {
	for e >= 9 {
		z = z.mulAdd(1000000000, 0)
		e -= 9
	}
	m := uint32(1)
	for ; e > 0; e-- {
		m *= 10
	}
	if m != 1 {
		z = z.mulAdd(m, 0)
	}
	return z
}

// shl returns z << k (a new nat).
func (z nat) shl(k int) nat {
	if len(z) == 0 {
		return z
	}
	words, bits := k/32, uint(k%32)
	r := make(nat, words, words+len(z)+1)
	var carry uint32
	for _, w := range z {
		if bits == 0 {
			r = append(r, w)
		} else {
			r = append(r, w<<bits|carry)
			carry = w >> (32 - bits)
		}
	}
	if carry != 0 {
		r = append(r, carry)
	}
	return r
}

func (z nat) cmp(y nat) int {
	if len(z) != len(y) {
		if len(z) < len(y) {
			return -1
		}
		return 1
	}
	for i := len(z) - 1; i >= 0; i-- {
		if z[i] != y[i] {
			if z[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// divSmall divides z by d in place and returns the remainder.
func (z nat) divSmall(d uint32) (nat, uint32) {
	var rem uint64
	for i := len(z) - 1; i >= 0; i-- {
		t := rem<<32 | uint64(z[i])
		z[i] = uint32(t / uint64(d))
		rem = t % uint64(d)
	}
	return z.norm(), uint32(rem)
}

// decimalDigits returns the decimal digits of z ("" for zero).
func (z nat) decimalDigits() []byte {
	x := make(nat, len(z))
	copy(x, z)
	var chunks []uint32
	for len(x) > 0 {
		var r uint32
		x, r = x.divSmall(1000000000)
		chunks = append(chunks, r)
	}
	var out []byte
	for i := len(chunks) - 1; i >= 0; i-- {
		c := chunks[i]
		var buf [9]byte
		for j := 8; j >= 0; j-- {
			buf[j] = byte('0' + c%10)
			c /= 10
		}
		if i == len(chunks)-1 {
			k := 0
			for k < 8 && buf[k] == '0' {
				k++
			}
			out = append(out, buf[k:]...)
		} else {
			out = append(out, buf[:]...)
		}
	}
	return out
}

// natFromDigits returns the integer whose decimal digits are d.
func natFromDigits(d []byte) nat {
	var z nat
	i := 0
	for i < len(d) {
		n := len(d) - i
		if n > 9 {
			n = 9
		}
		var chunk, m uint32 = 0, 1
		for j := 0; j < n; j++ {
			chunk = chunk*10 + uint32(d[i+j]-'0')
			m *= 10
		}
		z = z.mulAdd(m, chunk)
		i += n
	}
	return z
}
