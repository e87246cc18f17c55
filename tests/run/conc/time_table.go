package main

import (
	"fmt"
	"strings"
	"time"
)

// A table of pseudo-random instants (years -200 to 3200, all zones' offsets, nanoseconds)
// printed with every layout element, with their calendar fields, normalised Date
// arguments, AddDate, and pseudo-random duration strings through ParseDuration: a
// deterministic differential test of time's formatting against Go 1.19's output.

var seed uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func rnd(n int) int { return int(next() % uint64(n)) }

func main() {
	zones := []*time.Location{
		time.UTC, time.FixedZone("CET", 3600), time.FixedZone("", -9*3600-30*60),
		time.FixedZone("XYZ", 13*3600+45*60), time.FixedZone("S", -59), time.FixedZone("", 0),
	}
	layouts := strings.Join([]string{
		"2006-01-02T15:04:05.999999999Z07:00", "Mon Monday Jan January 1 01 2 _2 02 __2 002",
		"3 03 15 4 04 5 05 PM pm 06 2006", "MST -07 -0700 -07:00 -070000 -07:00:00",
		"Z07 Z0700 Z07:00 Z070000 Z07:00:00", ".0 .00 .000000 .9 .99 .999999 ,000 ,999999999 .0000000000",
	}, "|")
	for i := 0; i < 250; i++ {
		sec := int64(rnd(3400*366*86400)) - 2170*366*86400 + int64(rnd(86400))
		t := time.Unix(sec, int64(rnd(1e9))).In(zones[rnd(len(zones))])
		y, w := t.ISOWeek()
		fmt.Println(t.Format(layouts))
		fmt.Println(" ", t, t.Year(), t.Month(), t.Day(), t.YearDay(), t.Weekday(), y, w, t.Unix())
	}
	for i := 0; i < 150; i++ {
		t := time.Date(rnd(4000)-500, time.Month(rnd(40)-13), rnd(100)-30, rnd(60)-12, rnd(200)-50,
			rnd(200)-50, rnd(4e9)-2e9, zones[rnd(len(zones))])
		fmt.Println(t, "|", t.AddDate(rnd(10)-5, rnd(30)-15, rnd(100)-50).Format(time.RFC1123Z))
	}
	parts := []string{"0", "1", "12", "999", "3.5", ".25", "7.", "00012", "1.000000000001", "92233720368"}
	units := []string{"ns", "us", "µs", "μs", "ms", "s", "m", "h", "", "x", "d"}
	for i := 0; i < 200; i++ {
		var b strings.Builder
		switch rnd(4) {
		case 0:
			b.WriteString("-")
		case 1:
			b.WriteString("+")
		}
		for k := rnd(3) + 1; k > 0; k-- {
			b.WriteString(parts[rnd(len(parts))])
			b.WriteString(units[rnd(len(units))])
		}
		d, err := time.ParseDuration(b.String())
		fmt.Printf("%q %d %v %v\n", b.String(), int64(d), d, err)
	}
}
