package strconv

const fnParseComplex = "ParseComplex"

// FormatComplex converts the complex number c to a string of the form (a+bi) where a and b
// are the real and imaginary parts, formatted according to fmt and prec as in FormatFloat.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1 // complex64 uses float32 internally
	// Built in a stack buffer: the result string is the only allocation (for the usual
	// lengths).
	var buf [96]byte
	b := append(buf[:0], '(')
	b = AppendFloat(b, real(c), fmt, prec, bitSize)
	i := len(b)
	b = AppendFloat(b, imag(c), fmt, prec, bitSize)
	if b[i] != '+' && b[i] != '-' {
		// the imaginary part always has a sign
		b = append(b, 0)
		copy(b[i+1:], b[i:len(b)-1])
		b[i] = '+'
	}
	b = append(b, 'i', ')')
	return string(b)
}

func convErr(err error, s string) (syntax, range_ error) {
	if x, ok := err.(*NumError); ok {
		x.Func = fnParseComplex
		x.Num = s
		if x.Err == ErrRange {
			return nil, x
		}
	}
	return err, nil
}

// ParseComplex converts the string s to a complex number with the precision specified by
// bitSize: 64 for complex64, or 128 for complex128. s has the form N, Ni, or N±Ni, where N
// is a floating-point number as recognized by ParseFloat, optionally in parentheses.
func ParseComplex(s string, bitSize int) (complex128, error) {
	size := 64
	if bitSize == 64 {
		size = 32
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pending error // a range error seen so far
	// Read the real part (or the only part).
	re, n, err := parseFloatPrefix(s, size)
	if err != nil {
		err, pending = convErr(err, orig)
		if err != nil {
			return 0, err
		}
	}
	s = s[n:]
	if len(s) == 0 {
		return complex(re, 0), pending
	}
	switch s[0] {
	case '+':
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), pending
		}
		fallthrough
	default:
		return 0, syntaxError(fnParseComplex, orig)
	}
	im, n, err := parseFloatPrefix(s, size)
	if err != nil {
		err, pending = convErr(err, orig)
		if err != nil {
			return 0, err
		}
	}
	s = s[n:]
	if s != "i" {
		return 0, syntaxError(fnParseComplex, orig)
	}
	return complex(re, im), pending
}
