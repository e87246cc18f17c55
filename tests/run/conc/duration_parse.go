package main

import (
	"fmt"
	"time"
)

// time.ParseDuration with valid and invalid inputs, round trips through Duration.String.

func main() {
	inputs := []string{
		"0", "+0", "-0", "5s", "300ms", "-1.5h", "2h45m", "1h2m3s4ms5us6ns", "1.5µs", "2μs",
		"1us", ".5s", "5.s", "1.000000001s", "100.00000000000000000000001ns", "0.3333333333333h",
		"9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns",
		"2562047h47m16.854775807s", "2562047h47m16.854775808s", "1000000000000000000000s",
		"", "-", "s", "5", "1.2.3s", ".s", "3x", "10 s", "1h-5m", "5m3", "1ss", "1µ",
		"\"quoted\"", "tab\t1s", "1\xffs", "14d", "1e3s", "0.0000000001s",
	}
	for _, in := range inputs {
		d, err := time.ParseDuration(in)
		if err != nil {
			fmt.Printf("%-36q error: %v\n", in, err)
			continue
		}
		fmt.Printf("%-36q %d %v\n", in, int64(d), d)
	}
	durs := []time.Duration{
		0, 1, 999, 1000, 1500, time.Millisecond + 1, time.Second, -time.Second,
		90 * time.Minute, 26*time.Hour + 3*time.Second + 7, 1<<63 - 1, -1 << 63,
	}
	for _, d := range durs {
		back, err := time.ParseDuration(d.String())
		fmt.Println(d, back == d, err)
	}
}
