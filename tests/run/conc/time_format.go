package main

import (
	"fmt"
	"strings"
	"time"
)

// Time.Format and String with fixed instants (time.Date / time.Unix in UTC and in fixed
// zones), the standard layouts, custom layouts and calendar fields.

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.String())
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
	}
	for _, l := range layouts {
		fmt.Printf("%-36q %s\n", l, t.Format(l))
	}

	custom := []string{
		"2006-01-02", "15:04:05", "3:04:05 pm", "03:04 PM", "Jan _2", "January 2, 2006",
		"Monday Mon", "06 2006 _2006", "002 __2", "1/2/06", ".000 .999 ,000 ,999", "05.00000",
		"2006-01-02T15:04:05.000000Z07:00", "-07 -0700 -07:00 -070000 -07:00:00",
		"Z07 Z0700 Z07:00 Z070000 Z07:00:00", "MST", "Janet Monday Mond", "no elements here",
		"15h04m05s.9", "2006/01/02 15:04:05.999999999",
	}
	for _, l := range custom {
		fmt.Printf("%-40q %s\n", l, t.Format(l))
	}

	zones := []*time.Location{
		time.UTC,
		time.FixedZone("CET", 3600),
		time.FixedZone("EST", -5*3600),
		time.FixedZone("", 5*3600+30*60),
		time.FixedZone("ODD", -(3*3600 + 25*60 + 17)),
	}
	for _, z := range zones {
		u := t.In(z)
		name, off := u.Zone()
		fmt.Printf("%q %q %d | %s | %s | %s\n", z.String(), name, off, u.Format(time.RFC3339), u.Format("-07:00:00 Z07:00:00 MST"), u)
	}

	// Calendar fields and normalisation.
	dates := []time.Time{
		time.Date(2000, 2, 29, 12, 0, 0, 0, time.UTC),
		time.Date(2001, 2, 29, 0, 0, 0, 0, time.UTC),   // March 1
		time.Date(2023, 12, 31, 23, 59, 60, 0, time.UTC), // next year
		time.Date(2024, 0, 0, 0, 0, 0, 0, time.UTC),     // Nov 30, 2023
		time.Date(1969, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(1900, 3, 1, -1, 0, 0, 0, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2020, 13, 35, 25, 61, -1, -1, time.UTC),
		time.Date(2021, 1, 3, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 11, 27, 19, 15, 0, 0, time.FixedZone("X", 14*3600)),
	}
	for _, d := range dates {
		y, w := d.ISOWeek()
		h, m, s := d.Clock()
		fmt.Println(d.Format("2006-01-02 15:04:05.999999999 Mon"), d.Year(), d.Month(), d.Day(),
			d.Weekday(), d.YearDay(), y, w, h, m, s, d.Nanosecond(), d.Unix())
	}

	// Unix instants, UTC(), AddDate, Equal across zones.
	u := time.Unix(1234567890, 5000).UTC()
	fmt.Println(u, u.Unix(), u.UnixNano())
	fmt.Println(time.Unix(-1, 0).UTC())
	fmt.Println(u.AddDate(0, 1, 0), u.AddDate(1, -2, 40))
	c := u.In(time.FixedZone("CET", 3600))
	fmt.Println(c.Equal(u), c == u, c.UTC() == u, c.Location(), u.Location())
	fmt.Println(u.Add(90*time.Minute).Sub(u), u.Format(time.Kitchen))
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Year(), zero.Weekday())

	// A time from Now carries a monotonic reading, shown by String as " m=+...".
	now := time.Now()
	fmt.Println(strings.Contains(now.String(), " m=+"), strings.Contains(now.UTC().String(), " m="))
	fmt.Println(now.Location(), time.Local, time.UTC)
}
