package time

// Locations without tzdata: UTC, fixed zones (FixedZone) and Local. gocc does not read the
// system's zone database, so Local is UTC under the name "Local" (what gc gives with TZ=""
// or /etc/localtime holding UTC); LoadLocation is not implemented.

var utcLoc = Location{name: "UTC"}
var localLoc = Location{name: "Local"}

// get returns l, or UTC for the nil Location a Time in UTC carries.
//
//go:noinline
func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// String returns a descriptive name for the time zone information,
// corresponding to the name argument to LoadLocation or FixedZone.
func (l *Location) String() string {
	return l.get().name
}

// lookup returns the zone abbreviation and offset in seconds east of UTC in effect at the
// Unix time sec. Locations here have at most one zone.
//
//go:noinline
func (l *Location) lookup(sec int64) (name string, offset int) {
	l = l.get()
	if len(l.zone) == 0 {
		return "UTC", 0
	}
	return l.zone[0].name, l.zone[0].offset
}

// FixedZone returns a Location that always uses the given zone name and offset
// (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: []zone{{name: name, offset: offset}}}
}

// setLoc stores loc in t, as nil for UTC (so that t == t.UTC() compares equal), and drops
// the monotonic reading as gc does.
func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.stripMono()
	t.loc = loc
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

// Local returns t with the location set to local time.
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns a copy of t representing the same time instant, but
// with the copy's location information set to loc for display purposes.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	l := t.loc
	if l == nil {
		l = UTC
	}
	return l
}

// Zone computes the time zone in effect at time t, returning the abbreviated
// name of the zone (such as "CET") and its offset in seconds east of UTC.
//
//go:noinline
func (t Time) Zone() (name string, offset int) {
	return t.loc.lookup(t.unixSec())
}

// IsDST reports whether the time in the configured location is in Daylight Savings Time.
//
//go:noinline
func (t Time) IsDST() bool {
	return false // fixed zones only
}
