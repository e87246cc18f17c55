package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500, time.Millisecond + 5, time.Second, 90 * time.Second,
		-time.Minute, 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond,
		1<<63 - 1, -1 << 63}
	for _, d := range ds {
		fmt.Println(d, d.Nanoseconds(), d.Microseconds(), d.Milliseconds(), d.Seconds(), d.Minutes(), d.Hours())
		fmt.Println(" ", d.Round(time.Second), d.Truncate(time.Millisecond), d.Abs(), d.Round(0))
	}
	t := time.Unix(1700000000, 123456789)
	u := t.Add(90 * time.Minute)
	fmt.Println(u.Sub(t), u.After(t), t.Before(u), t.Equal(u), u.Unix(), u.UnixMilli(), u.UnixMicro(), u.UnixNano())
	fmt.Println(time.UnixMilli(1500).UnixNano(), time.UnixMicro(-1).UnixNano(), time.Time{}.IsZero())
	fmt.Println(time.January, time.December, time.Sunday, time.Saturday)
	now := time.Now()
	later := now.Add(time.Hour)
	fmt.Println(later.Sub(now), time.Until(later) > 59*time.Minute, time.Since(now) < time.Minute)
}
