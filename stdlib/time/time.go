// Package time for gocc: Go 1.19's API. Durations, monotonic clock readings, Now/Since/Until
// and Time arithmetic (mono.go, duration.go), Sleep, timers and tickers on the runtime's timer
// queue (sleep.go, tick.go; runtime/timer.c), calendar fields and Date (calendar.go), UTC,
// fixed zones and Local as UTC (zone.go), Format/String (format.go) and ParseDuration are
// implemented, as are Round/Truncate, GoString and MarshalText/MarshalJSON (round.go); the
// functions still declared without a body here (Parse, LoadLocation, unmarshalling, gob and
// binary encodings, ZoneBounds) are not yet (docs/stdlib.md).
// tests/stdlib/verify.go checks every exported declaration against the real package.

package time

// Layouts for Time.Format and Parse.
const (
	Layout      = "01/02 03:04:05PM '06 -0700" // The reference time, in numerical order.
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700" // RFC822 with numeric zone
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700" // RFC1123 with numeric zone
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	// Handy time stamps.
	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
)

// A Duration represents the elapsed time between two instants
// as an int64 nanosecond count.
type Duration int64

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

// A Time represents an instant in time with nanosecond precision.
type Time struct {
	// wall encodes the wall time seconds and nanoseconds, and, when the
	// hasMonotonic bit is set, a 33-bit seconds field since 1885.
	wall uint64
	// ext holds the signed 64-bit wall seconds since Jan 1 year 1, or the
	// signed 64-bit monotonic reading in nanoseconds since process start.
	ext int64
	// loc specifies the Location for this Time; nil means UTC.
	loc *Location
}

// A Location maps time instants to the zone in use at that time.
type Location struct {
	name string
	zone []zone
	tx   []zoneTrans

	// The tzdata information can be followed by a string that describes
	// how to handle DST transitions not recorded in zoneTrans.
	extend string

	// Most lookups will be for the current time; this caches the zone
	// in use in [cacheStart, cacheEnd).
	cacheStart int64
	cacheEnd   int64
	cacheZone  *zone
}

// A zone represents a single time zone such as CET.
type zone struct {
	name   string // abbreviated name, "CET"
	offset int    // seconds east of UTC
	isDST  bool   // is this zone Daylight Savings Time?
}

// A zoneTrans represents a single time zone transition.
type zoneTrans struct {
	when         int64 // transition time, in seconds since 1970 GMT
	index        uint8 // the index of the zone that goes into effect at that time
	isstd, isutc bool  // ignored - no idea what these mean
}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

// Local represents the system's local time zone.
var Local *Location = &localLoc

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// runtimeTimer is the runtime's timer record (gocc_timer in runtime/sched.h), with the field
// types of gc's so that Timer and Ticker have gc's sizes. When it fires, the runtime calls
// f(arg, 0) in a new goroutine.
type runtimeTimer struct {
	pp       uintptr // heap position + 1; 0 when not queued
	when     int64
	period   int64
	f        func(any, uintptr)
	arg      any
	seq      uintptr // C callback (runtime-internal timers only)
	nextwhen int64
	status   uint32 // timing wheel: bucket + 1
}

// The Timer type represents a single event. When the Timer expires, the
// current time will be sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C <-chan Time // The channel on which the ticks are delivered.
	r runtimeTimer
}

// Functions.
func LoadLocation(name string) (*Location, error)
func LoadLocationFromTZData(name string, data []byte) (*Location, error)
func Parse(layout, value string) (Time, error)
func ParseInLocation(layout, value string, loc *Location) (Time, error)

// Methods.
func (e *ParseError) Error() string
func (t *Time) GobDecode(data []byte) error
func (t *Time) UnmarshalBinary(data []byte) error
func (t *Time) UnmarshalJSON(data []byte) error
func (t *Time) UnmarshalText(data []byte) error
func (t Time) GobEncode() ([]byte, error)
func (t Time) MarshalBinary() ([]byte, error)
func (t Time) ZoneBounds() (start, end Time)
