package time

// Calendar fields. A Time is turned into days since 1970-01-01 in its zone (floor division,
// so instants before 1970 work) and the proleptic Gregorian date comes from those days by
// counting in 400-year eras that begin on March 1, which puts the leap day at the end of the
// year (the civil-from-days method of H. Hinnant's "chrono-compatible low-level date
// algorithms"); daysFromCivil is its inverse.

const (
	secondsPerWeek = 7 * secondsPerDay
	daysPerEra     = 146097 // days in 400 Gregorian years
	daysEpochShift = 719468 // days from 0000-03-01 to 1970-01-01
)

func floorDiv(a, b int64) (q, r int64) {
	q, r = a/b, a%b
	if r < 0 {
		q--
		r += b
	}
	return q, r
}

// civil returns the date of day number days (days since 1970-01-01).
func civil(days int64) (year int, month Month, day int) {
	era, doe := floorDiv(days+daysEpochShift, daysPerEra)
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // year of era, [0, 399]
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // day of the March-based year
	mp := (5*doy + 2) / 153                                // month, March = 0
	day = int(doy - (153*mp+2)/5 + 1)
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	return int(y), Month(m), day
}

// daysFromCivil returns the day number of year-month-day; day may lie outside the month.
func daysFromCivil(year int64, month int, day int64) int64 {
	if month <= 2 {
		year--
	}
	era, yoe := floorDiv(year, 400)
	mp := int64(month+9) % 12 // March = 0
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*daysPerEra + doe - daysEpochShift
}

// local returns t's seconds since 1970 in its own zone, split into days and the second of
// the day.
func (t Time) local() (days, secOfDay int64) {
	_, offset := t.loc.lookup(t.unixSec())
	return floorDiv(t.unixSec()+int64(offset), secondsPerDay)
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	days, _ := t.local()
	return civil(days)
}

// Year returns the year in which t occurs.
func (t Time) Year() int { y, _, _ := t.Date(); return y }

// Month returns the month of the year specified by t.
func (t Time) Month() Month { _, m, _ := t.Date(); return m }

// Day returns the day of the month specified by t.
func (t Time) Day() int { _, _, d := t.Date(); return d }

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	days, _ := t.local()
	_, wd := floorDiv(days+4, 7) // 1970-01-01 was a Thursday
	return Weekday(wd)
}

// YearDay returns the day of the year specified by t, in the range [1,365] for non-leap
// years, and [1,366] in leap years.
func (t Time) YearDay() int {
	days, _ := t.local()
	y, _, _ := civil(days)
	return int(days-daysFromCivil(int64(y), 1, 1)) + 1
}

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
// Week ranges from 1 to 53.
func (t Time) ISOWeek() (year, week int) {
	// The ISO week belongs to the year of its Thursday.
	days, _ := t.local()
	_, wd := floorDiv(days+4, 7)
	if wd == 0 {
		wd = 7 // Monday-based: Sunday ends the week
	}
	thursday := days + 4 - wd
	y, _, _ := civil(thursday)
	yday := thursday - daysFromCivil(int64(y), 1, 1)
	return y, int(yday/7) + 1
}

// Clock returns the hour, minute, and second within the day specified by t.
//
//go:noinline
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.local()
	return int(s / secondsPerHour), int(s % secondsPerHour / secondsPerMinute), int(s % secondsPerMinute)
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int { h, _, _ := t.Clock(); return h }

// Minute returns the minute offset within the hour specified by t, in the range [0, 59].
func (t Time) Minute() int { _, m, _ := t.Clock(); return m }

// Second returns the second offset within the minute specified by t, in the range [0, 59].
func (t Time) Second() int { _, _, s := t.Clock(); return s }

// Nanosecond returns the nanosecond offset within the second specified by t,
// in the range [0, 999999999].
func (t Time) Nanosecond() int { return int(t.nsec()) }

// norm carries lo's overflow of [0, base) into hi.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time corresponding to
//
//	yyyy-mm-dd hh:mm:ss + nsec nanoseconds
//
// in the appropriate zone for that time in the given location.
// Out-of-range values are normalized (October 32 is November 1).
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	days := daysFromCivil(int64(year), m+1, int64(day))
	unix := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	_, offset := loc.lookup(unix)
	unix -= int64(offset)
	t := Unix(unix, int64(nsec))
	t.setLoc(loc)
	return t
}

// AddDate returns the time corresponding to adding the given number of years, months,
// and days to t (normalized as Date does).
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec()), t.Location())
}
