package time

import "errors"

// Time.Truncate and Round work on the time as an absolute count of nanoseconds since
// January 1, year 1 (the zero Time), like gc: the result does not depend on t's location.
// That count needs up to 128 bits, so the remainder modulo d is taken by long division, bit
// by bit (d < 2^63, so the running remainder never overflows).

// remainder returns the time t modulo d (d > 0), as a Duration in [0, d).
func remainder(t Time, d Duration) Duration {
	sec, nsec := t.sec(), int64(t.nsec())
	neg := sec < 0
	if neg {
		// Work on |t| and reflect the remainder at the end.
		sec, nsec = -sec, -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	// |t| in nanoseconds = sec*1e9 + nsec, as hi:lo.
	hi, lo := mul64(uint64(sec), 1e9)
	lo2 := lo + uint64(nsec)
	if lo2 < lo {
		hi++
	}
	lo = lo2
	var r uint64
	for i := 127; i >= 0; i-- {
		var bit uint64
		if i >= 64 {
			bit = hi >> uint(i-64) & 1
		} else {
			bit = lo >> uint(i) & 1
		}
		r = r<<1 | bit
		if r >= uint64(d) {
			r -= uint64(d)
		}
	}
	if neg && r != 0 {
		r = uint64(d) - r
	}
	return Duration(r)
}

// mul64 returns the 128-bit product x*y as hi, lo.
func mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0, x1 := x&mask32, x>>32
	y0, y1 := y&mask32, y>>32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1 := t & mask32
	w2 := t >> 32
	w1 += x0 * y1
	hi = x1*y1 + w2 + w1>>32
	lo = x * y
	return hi, lo
}

// Truncate returns the result of rounding t down to a multiple of d (since the zero time).
// If d <= 0, Truncate returns t stripped of any monotonic clock reading but otherwise
// unchanged.
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-remainder(t, d))
}

// Round returns the result of rounding t to the nearest multiple of d (since the zero
// time). The rounding behavior for halfway values is to round up. If d <= 0, Round returns
// t stripped of any monotonic clock reading but otherwise unchanged.
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := remainder(t, d)
	if uint64(r)+uint64(r) < uint64(d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// GoString implements fmt.GoStringer and formats t to be printed in Go source code.
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := []byte("time.Date(")
	b = appendInt(b, year, 0)
	b = append(b, ", time."...)
	b = append(b, month.String()...)
	for _, v := range [...]int{day, hour, min, sec, t.Nanosecond()} {
		b = append(b, ", "...)
		b = appendInt(b, v, 0)
	}
	b = append(b, ", "...)
	switch loc := t.Location(); loc {
	case UTC, nil:
		b = append(b, "time.UTC"...)
	case Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quote(loc.name)...)
		b = append(b, ')')
	}
	return string(append(b, ')'))
}

// MarshalText implements the encoding.TextMarshaler interface: RFC 3339 with
// sub-second precision.
func (t Time) MarshalText() ([]byte, error) {
	if y := t.Year(); y < 0 || y >= 10000 {
		return nil, errors.New("Time.MarshalText: year outside of range [0,9999]")
	}
	return t.AppendFormat(make([]byte, 0, len(RFC3339Nano)), RFC3339Nano), nil
}

// MarshalJSON implements the json.Marshaler interface: a quoted RFC 3339 string with
// sub-second precision.
func (t Time) MarshalJSON() ([]byte, error) {
	if y := t.Year(); y < 0 || y >= 10000 {
		return nil, errors.New("Time.MarshalJSON: year outside of range [0,9999]")
	}
	b := make([]byte, 0, len(RFC3339Nano)+2)
	b = append(b, '"')
	b = t.AppendFormat(b, RFC3339Nano)
	return append(b, '"'), nil
}
