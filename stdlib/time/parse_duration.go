package time

import "errors"

// ParseDuration accepts gc's syntax: an optional sign, then one or more decimal numbers
// (with an optional fraction) each followed by a unit, "ns", "us" (or "µs", "μs"), "ms",
// "s", "m", "h"; "0" alone needs no unit. Whole parts are exact; a fraction is scaled in
// float64 (exact to the nanosecond up to hours), as gc does.

var unitNanos = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 micro sign
	"μs": uint64(Microsecond), // U+03BC Greek mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// quote quotes s for an error message: ASCII as is (with `"` and `\` escaped), every
// other byte as \xHH.
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < ' ' || c >= 0x80:
			b = append(b, '\\', 'x', hex[c>>4], hex[c&0xF])
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		default:
			b = append(b, c)
		}
	}
	return string(append(b, '"'))
}

func isDecimal(c byte) bool { return '0' <= c && c <= '9' }

// ParseDuration parses a duration string such as "300ms", "-1.5h" or "2h45m".
func ParseDuration(s string) (Duration, error) {
	orig := s
	invalid := errors.New("time: invalid duration " + quote(orig))
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, invalid
	}
	const limit = 1 << 63
	var total uint64
	for s != "" {
		if s[0] != '.' && !isDecimal(s[0]) {
			return 0, invalid
		}
		// Whole part: overflow is an error.
		var whole uint64
		i := 0
		for ; i < len(s) && isDecimal(s[i]); i++ {
			if whole > limit/10 {
				return 0, invalid
			}
			whole = whole*10 + uint64(s[i]-'0')
			if whole > limit {
				return 0, invalid
			}
		}
		sawWhole := i > 0
		s = s[i:]
		// Fraction: digits beyond what fits are ignored.
		var frac uint64
		scale := 1.0
		sawFrac := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			full := false
			i = 0
			for ; i < len(s) && isDecimal(s[i]); i++ {
				if full || frac > (limit-1)/10 {
					full = true
					continue
				}
				next := frac*10 + uint64(s[i]-'0')
				if next > limit {
					full = true
					continue
				}
				frac = next
				scale *= 10
			}
			sawFrac = i > 0
			s = s[i:]
		}
		if !sawWhole && !sawFrac {
			return 0, invalid
		}
		i = 0
		for i < len(s) && s[i] != '.' && !isDecimal(s[i]) {
			i++
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit, ok := unitNanos[u]
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if whole > limit/unit {
			return 0, invalid
		}
		v := whole * unit
		if frac > 0 {
			v += uint64(float64(frac) * (float64(unit) / scale))
			if v > limit {
				return 0, invalid
			}
		}
		total += v
		if total > limit {
			return 0, invalid
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > limit-1 {
		return 0, invalid
	}
	return Duration(total), nil
}
