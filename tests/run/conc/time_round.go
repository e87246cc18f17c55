package main

import (
	"fmt"
	"time"
)

// Time.Truncate and Round (multiples of d since the zero time, independent of the zone),
// GoString (%#v) and MarshalText/MarshalJSON, with fixed instants.

func main() {
	t := time.Date(2012, 12, 7, 12, 15, 30, 918273645, time.UTC)
	ds := []time.Duration{
		0, -time.Second, time.Nanosecond, 7, time.Microsecond, 250 * time.Millisecond,
		time.Second, 2 * time.Second, 7 * time.Second, time.Minute, 15 * time.Minute,
		time.Hour, 7 * time.Hour, 24 * time.Hour, 168 * time.Hour, 1234567891,
		1<<63 - 1,
	}
	for _, d := range ds {
		fmt.Printf("%-22v %s  %s\n", d, t.Truncate(d).Format(time.RFC3339Nano), t.Round(d).Format(time.RFC3339Nano))
	}
	for _, z := range []*time.Location{time.FixedZone("A", 5*3600+1800), time.FixedZone("B", -7*3600)} {
		u := t.In(z)
		fmt.Println(u.Truncate(24*time.Hour), "|", u.Round(time.Hour))
	}
	// Before year 1 and before 1970.
	for _, u := range []time.Time{
		time.Date(-3, 4, 5, 6, 7, 8, 999999999, time.UTC),
		time.Date(1969, 12, 31, 23, 59, 59, 500000000, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 1, time.UTC),
		time.Date(0, 12, 31, 23, 59, 59, 999999999, time.UTC),
	} {
		fmt.Println(u.Truncate(time.Second), "|", u.Round(time.Second), "|", u.Round(time.Hour), "|", u.Truncate(3*time.Hour+7))
	}
	// Halfway rounds up.
	h := time.Date(2000, 1, 1, 0, 0, 0, 500000000, time.UTC)
	fmt.Println(h.Round(time.Second), h.Add(-time.Nanosecond).Round(time.Second))

	// The monotonic reading is dropped, as by Round(0).
	now := time.Now()
	fmt.Println(now.Round(0) == now.Round(0), now.Truncate(time.Hour).Minute())

	fmt.Printf("%#v\n", t)
	fmt.Printf("%#v\n", t.In(time.FixedZone("CET", 3600)))
	fmt.Printf("%#v\n", time.Unix(0, 0).Local())
	fmt.Println(t.GoString())
	for _, u := range []time.Time{t, time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC), t.In(time.FixedZone("X", -3600))} {
		b, err := u.MarshalText()
		j, err2 := u.MarshalJSON()
		fmt.Printf("%s %v | %s %v\n", b, err, j, err2)
	}
}
