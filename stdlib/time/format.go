package time

// Time.Format: the layout is scanned left to right for the elements of the reference time
// "Mon Jan 2 15:04:05 MST 2006" (nextElement, with gc's precedence between overlapping
// elements such as "2006"/"2", "Jan"/"January", "-07"/"-0700"); text between elements is
// copied. Fractional seconds are ".000" (fixed width) or ".999" (trailing zeros trimmed),
// with '.' or ',' before them.

// Layout elements.
const (
	elemNone          = iota
	elemLongMonth     // January
	elemMonth         // Jan
	elemNumMonth      // 1
	elemZeroMonth     // 01
	elemLongWeekDay   // Monday
	elemWeekDay       // Mon
	elemDay           // 2
	elemUnderDay      // _2
	elemZeroDay       // 02
	elemUnderYearDay  // __2
	elemZeroYearDay   // 002
	elemHour          // 15
	elemHour12        // 3
	elemZeroHour12    // 03
	elemMinute        // 4
	elemZeroMinute    // 04
	elemSecond        // 5
	elemZeroSecond    // 05
	elemLongYear      // 2006
	elemYear          // 06
	elemPM            // PM
	elempm            // pm
	elemTZ            // MST
	elemISO8601TZ     // Z0700
	elemISO8601SecTZ  // Z070000
	elemISO8601Short  // Z07
	elemISO8601Colon  // Z07:00
	elemISO8601ColSec // Z07:00:00
	elemNumTZ         // -0700
	elemNumSecTZ      // -070000
	elemNumShortTZ    // -07
	elemNumColonTZ    // -07:00
	elemNumColSecTZ   // -07:00:00
	elemFrac0         // .000 (digits kept)
	elemFrac9         // .999 (trailing zeros trimmed)
)

func hasPrefixAt(s string, i int, p string) bool {
	return len(s)-i >= len(p) && s[i:i+len(p)] == p
}

// nextElement finds the first layout element at or after layout[from:]; it returns its
// start, its length and kind (elemNone, with start == len(layout), when there is none).
func nextElement(layout string, from int) (start, length, kind int) {
	for i := from; i < len(layout); i++ {
		switch layout[i] {
		case 'J':
			if hasPrefixAt(layout, i, "January") {
				return i, 7, elemLongMonth
			}
			if hasPrefixAt(layout, i, "Jan") && !lowerAt(layout, i+3) {
				return i, 3, elemMonth
			}
		case 'M':
			if hasPrefixAt(layout, i, "Monday") {
				return i, 6, elemLongWeekDay
			}
			if hasPrefixAt(layout, i, "Mon") && !lowerAt(layout, i+3) {
				return i, 3, elemWeekDay
			}
			if hasPrefixAt(layout, i, "MST") {
				return i, 3, elemTZ
			}
		case '0':
			if i+1 < len(layout) && '1' <= layout[i+1] && layout[i+1] <= '6' {
				return i, 2, [...]int{elemZeroMonth, elemZeroDay, elemZeroHour12, elemZeroMinute, elemZeroSecond, elemYear}[layout[i+1]-'1']
			}
			if hasPrefixAt(layout, i, "002") {
				return i, 3, elemZeroYearDay
			}
		case '1':
			if hasPrefixAt(layout, i, "15") {
				return i, 2, elemHour
			}
			return i, 1, elemNumMonth
		case '2':
			if hasPrefixAt(layout, i, "2006") {
				return i, 4, elemLongYear
			}
			return i, 1, elemDay
		case '_':
			if hasPrefixAt(layout, i, "_2006") {
				return i + 1, 4, elemLongYear // a literal '_', then the year
			}
			if hasPrefixAt(layout, i, "_2") {
				return i, 2, elemUnderDay
			}
			if hasPrefixAt(layout, i, "__2") {
				return i, 3, elemUnderYearDay
			}
		case '3':
			return i, 1, elemHour12
		case '4':
			return i, 1, elemMinute
		case '5':
			return i, 1, elemSecond
		case 'P':
			if hasPrefixAt(layout, i, "PM") {
				return i, 2, elemPM
			}
		case 'p':
			if hasPrefixAt(layout, i, "pm") {
				return i, 2, elempm
			}
		case '-', 'Z':
			if n, k := zoneElement(layout[i:]); k != elemNone {
				return i, n, k
			}
		case '.', ',':
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				j := i + 1
				for j < len(layout) && layout[j] == layout[i+1] {
					j++
				}
				if !(j < len(layout) && '0' <= layout[j] && layout[j] <= '9') {
					if layout[i+1] == '0' {
						return i, j - i, elemFrac0
					}
					return i, j - i, elemFrac9
				}
			}
		}
	}
	return len(layout), 0, elemNone
}

// zoneElement recognises a numeric zone element at the start of s ("-0700", "Z07:00", ...).
func zoneElement(s string) (length, kind int) {
	forms := [...]struct {
		text       string
		num, z8601 int
	}{
		{"-070000", elemNumSecTZ, elemISO8601SecTZ},
		{"-07:00:00", elemNumColSecTZ, elemISO8601ColSec},
		{"-0700", elemNumTZ, elemISO8601TZ},
		{"-07:00", elemNumColonTZ, elemISO8601Colon},
		{"-07", elemNumShortTZ, elemISO8601Short},
	}
	for _, f := range forms {
		if len(s) >= len(f.text) && s[1:len(f.text)] == f.text[1:] {
			if s[0] == '-' {
				return len(f.text), f.num
			}
			return len(f.text), f.z8601
		}
	}
	return 0, elemNone
}

func lowerAt(s string, i int) bool {
	return i < len(s) && 'a' <= s[i] && s[i] <= 'z'
}

// appendInt appends x in decimal, zero-padded to width digits (after the sign).
func appendInt(b []byte, x int, width int) []byte {
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	buf[i] = byte('0' + u)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// String returns the time formatted using the format string
//
//	"2006-01-02 15:04:05.999999999 -0700 MST"
//
// If the time has a monotonic clock reading, String appends " m=±<value>", the reading in
// seconds.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.wall&hasMonotonic == 0 {
		return s
	}
	b := []byte(s)
	m := uint64(t.ext)
	sign := byte('+')
	if t.ext < 0 {
		sign = '-'
		m = -m
	}
	secs, frac := m/1e9, m%1e9
	b = append(b, " m="...)
	b = append(b, sign)
	if secs >= 1e9 {
		b = appendInt(b, int(secs/1e9), 0)
		b = appendInt(b, int(secs%1e9), 9)
	} else {
		b = appendInt(b, int(secs), 0)
	}
	b = append(b, '.')
	b = appendInt(b, int(frac), 9)
	return string(b)
}

// Format returns a textual representation of the time value formatted according to the
// layout defined by the argument (see the package constants).
//
//go:noinline
func (t Time) Format(layout string) string {
	b := make([]byte, 0, len(layout)+10)
	return string(t.AppendFormat(b, layout))
}

// AppendFormat is like Format but appends the textual representation to b and returns
// the extended buffer.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset := t.loc.lookup(t.unixSec())
	days, secOfDay := floorDiv(t.unixSec()+int64(offset), secondsPerDay)
	year, month, day := civil(days)
	yday := int(days-daysFromCivil(int64(year), 1, 1)) + 1
	_, wd := floorDiv(days+4, 7)
	hour := int(secOfDay / secondsPerHour)
	min := int(secOfDay % secondsPerHour / secondsPerMinute)
	sec := int(secOfDay % secondsPerMinute)
	for i := 0; i < len(layout); {
		start, n, kind := nextElement(layout, i)
		b = append(b, layout[i:start]...)
		if kind == elemNone {
			break
		}
		i = start + n
		switch kind {
		case elemYear:
			y := year
			if y < 0 {
				y = -y // gc prints the last two digits of |year|
			}
			b = appendInt(b, y%100, 2)
		case elemLongYear:
			b = appendInt(b, year, 4)
		case elemMonth:
			b = append(b, month.String()[:3]...)
		case elemLongMonth:
			b = append(b, month.String()...)
		case elemNumMonth:
			b = appendInt(b, int(month), 0)
		case elemZeroMonth:
			b = appendInt(b, int(month), 2)
		case elemWeekDay:
			b = append(b, Weekday(wd).String()[:3]...)
		case elemLongWeekDay:
			b = append(b, Weekday(wd).String()...)
		case elemDay:
			b = appendInt(b, day, 0)
		case elemUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case elemZeroDay:
			b = appendInt(b, day, 2)
		case elemUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case elemZeroYearDay:
			b = appendInt(b, yday, 3)
		case elemHour:
			b = appendInt(b, hour, 2)
		case elemHour12, elemZeroHour12:
			h := hour % 12
			if h == 0 {
				h = 12
			}
			if kind == elemHour12 {
				b = appendInt(b, h, 0)
			} else {
				b = appendInt(b, h, 2)
			}
		case elemMinute:
			b = appendInt(b, min, 0)
		case elemZeroMinute:
			b = appendInt(b, min, 2)
		case elemSecond:
			b = appendInt(b, sec, 0)
		case elemZeroSecond:
			b = appendInt(b, sec, 2)
		case elemPM, elempm:
			s := "AM"
			if hour >= 12 {
				s = "PM"
			}
			if kind == elempm {
				s = string([]byte{s[0] + 'a' - 'A', 'm'})
			}
			b = append(b, s...)
		case elemTZ:
			if name != "" {
				b = append(b, name...)
			} else {
				b = appendOffset(b, offset, elemNumTZ)
			}
		case elemFrac0, elemFrac9:
			b = appendFraction(b, int(t.nsec()), layout[start], n-1, kind == elemFrac9)
		default:
			b = appendOffset(b, offset, kind)
		}
	}
	return b
}

// appendOffset appends the zone offset (seconds east of UTC) in the form of a numeric zone
// element; the ISO 8601 forms write "Z" for UTC. As gc does, the sign and the hours and
// minutes come from the offset in whole minutes (truncated), the seconds from the offset
// itself: an offset of -59s prints as "+0000" and, with seconds, "+000000-59" is gc's text.
func appendOffset(b []byte, offset int, kind int) []byte {
	iso := kind >= elemISO8601TZ && kind <= elemISO8601ColSec
	if iso && offset == 0 {
		return append(b, 'Z')
	}
	colon := kind == elemISO8601Colon || kind == elemISO8601ColSec || kind == elemNumColonTZ || kind == elemNumColSecTZ
	short := kind == elemISO8601Short || kind == elemNumShortTZ
	seconds := kind == elemISO8601SecTZ || kind == elemISO8601ColSec || kind == elemNumSecTZ || kind == elemNumColSecTZ
	minutes := offset / 60
	if minutes < 0 {
		b = append(b, '-')
		minutes = -minutes
		offset = -offset
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, minutes/60, 2)
	if colon {
		b = append(b, ':')
	}
	if !short {
		b = appendInt(b, minutes%60, 2)
	}
	if seconds {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, offset%60, 2)
	}
	return b
}

// appendFraction appends sep and the first digits digits of the nanoseconds ns (at most 9);
// trim drops trailing zeros, and the separator too when nothing is left.
func appendFraction(b []byte, ns int, sep byte, digits int, trim bool) []byte {
	if digits > 9 {
		digits = 9
	}
	var buf [9]byte
	for i := 8; i >= 0; i-- {
		buf[i] = byte('0' + ns%10)
		ns /= 10
	}
	frac := buf[:digits]
	if trim {
		for len(frac) > 0 && frac[len(frac)-1] == '0' {
			frac = frac[:len(frac)-1]
		}
		if len(frac) == 0 {
			return b
		}
	}
	b = append(b, sep)
	return append(b, frac...)
}
