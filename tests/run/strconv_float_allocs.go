package main

// strconv float formatting and parsing: exact output for special values, denormals, powers of
// ten, halfway cases and pseudo-random floats in every format, and the number of heap
// allocations they make (AppendFloat into a big enough buffer and ParseFloat: none;
// FormatFloat: no more than gc's two, the buffer and the string).

import (
	"fmt"
	"math"
	"runtime"
	"strconv"
)

var state uint64 = 0x9e3779b97f4a7c15

func next() uint64 { // xorshift64
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

var formats = []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
var precs = []int{-1, 0, 1, 2, 5, 9, 16, 17, 25}

func line(buf []byte, x float64, bitSize int, fm byte) []byte {
	buf = append(buf[:0], fm)
	for _, p := range precs {
		buf = append(buf, ' ')
		buf = strconv.AppendFloat(buf, x, fm, p, bitSize)
	}
	return buf
}

func all(buf []byte, x float64, bitSize int) []byte {
	for _, fm := range formats {
		buf = line(buf, x, bitSize, fm)
		fmt.Println(string(buf))
	}
	return buf
}

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func main() {
	buf := make([]byte, 0, 4096)
	special := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
		1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e23, 5e-324, 1e-323, math.MaxFloat64,
		2.2250738585072014e-308, 2.225073858507201e-308, 4.9406564584124654e-324,
		math.SmallestNonzeroFloat32, math.MaxFloat32, 1.17549435e-38, 1.4e-45,
		9007199254740993, 9007199254740992, 16777217, 123456789.125, math.Pi, math.E}
	fmt.Println("== special")
	for _, x := range special {
		fmt.Println("# ", x)
		buf = all(buf, x, 64)
		buf = all(buf, x, 32)
	}

	fmt.Println("== halfway")
	halves := []float64{0.5, 1.5, 2.5, 3.5, 0.125, 0.375, 1.25, 1.35, 2.675, 1.005, 0.045,
		9.5, 99.5, 999.5, 0.05, 0.15, 0.25, 0.35, 1e15 + 0.5, 4503599627370495.5}
	for _, x := range halves {
		buf = buf[:0]
		for _, p := range []int{0, 1, 2, 3} {
			buf = strconv.AppendFloat(buf, x, 'f', p, 64)
			buf = append(buf, ' ')
			buf = strconv.AppendFloat(buf, x, 'e', p, 64)
			buf = append(buf, ' ')
			buf = strconv.AppendFloat(buf, x, 'g', p+1, 64)
			buf = append(buf, ' ')
		}
		fmt.Println(string(buf))
	}

	fmt.Println("== powers of ten")
	for e := -325; e <= 309; e += 7 {
		x, _ := strconv.ParseFloat("1e"+strconv.Itoa(e), 64)
		buf = strconv.AppendFloat(buf[:0], x, 'g', -1, 64)
		buf = append(buf, ' ')
		buf = strconv.AppendFloat(buf, x, 'e', 20, 64)
		buf = append(buf, ' ')
		buf = strconv.AppendFloat(buf, math.Nextafter(x, 0), 'g', -1, 64)
		buf = append(buf, ' ')
		buf = strconv.AppendFloat(buf, math.Nextafter(x, math.Inf(1)), 'g', -1, 64)
		buf = append(buf, ' ')
		buf = strconv.AppendFloat(buf, x, 'g', -1, 32)
		buf = append(buf, ' ')
		buf = strconv.AppendFloat(buf, x, 'x', -1, 64)
		fmt.Println(string(buf))
	}

	fmt.Println("== denormals")
	for i := 0; i < 12; i++ {
		x := math.Float64frombits(next() >> (12 + uint(i*4)))
		buf = line(buf, x, 64, 'g')
		fmt.Println(string(buf))
		buf = line(buf, x, 64, 'e')
		fmt.Println(string(buf))
	}
	fmt.Println(strconv.FormatFloat(5e-324, 'f', 1080, 64))
	fmt.Println(strconv.FormatFloat(math.MaxFloat64, 'f', 3, 64))
	fmt.Println(strconv.FormatFloat(math.SmallestNonzeroFloat32, 'e', 120, 32))

	fmt.Println("== random")
	roundTrip, parsed := 0, 0
	for i := 0; i < 300; i++ {
		b := next()
		var x float64
		bitSize := 64
		switch i % 3 {
		case 0:
			x = math.Float64frombits(b)
		case 1:
			x = float64(math.Float32frombits(uint32(b >> 7)))
			bitSize = 32
		case 2:
			x = float64(int64(b>>20)) / 1e6
		}
		if x != x || math.IsInf(x, 0) {
			continue
		}
		if i%10 == 0 {
			buf = all(buf, x, bitSize)
		} else {
			buf = strconv.AppendFloat(buf[:0], x, 'g', -1, bitSize)
			buf = append(buf, ' ')
			buf = strconv.AppendFloat(buf, x, 'e', int(b%20), bitSize)
			buf = append(buf, ' ')
			buf = strconv.AppendFloat(buf, x, 'f', int(b%7), bitSize)
			buf = append(buf, ' ')
			buf = strconv.AppendFloat(buf, x, 'g', int(b%18), bitSize)
			fmt.Println(string(buf))
		}
		s := strconv.FormatFloat(x, 'g', -1, bitSize)
		if y, err := strconv.ParseFloat(s, bitSize); err == nil && y == x {
			roundTrip++
		}
		// a random decimal literal
		lit := strconv.FormatUint(next()%10000000000000000000, 10)
		lit = lit[:1] + "." + lit[1:] + "e" + strconv.Itoa(int(next()%660)-330)
		y, err := strconv.ParseFloat(lit, bitSize)
		parsed++
		fmt.Println(lit, strconv.FormatFloat(y, 'b', -1, bitSize), err)
	}
	fmt.Println("round trips", roundTrip)

	fmt.Println("== parse")
	for _, s := range []string{"0", "-0", "1", "0.1", "1e23", "8.98846567431158e307",
		"1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e309",
		"2.2250738585072011e-308", "2.2250738585072012e-308", "4.9e-324", "2.4703282292062327e-324",
		"2.4703282292062328e-324", "1e-400", "0.000000000000000000000000000000000000000001e42",
		"123456789012345678901234567890", "1_000.000_1", "0x1.8p1", "0x1p-1074", "0x1.fffffffffffff8p1023",
		"3.4028235e38", "3.4028236e38", "1.401298464324817e-45", "7.006492321624085e-46",
		"100000000000000016777215", "100000000000000016777216", ".5e1", "5.", "inf", "-Infinity", "nan",
		"1.00000000000000011102230246251565404236316680908203125",
		"1.00000000000000011102230246251565404236316680908203124",
		"1.00000000000000011102230246251565404236316680908203126"} {
		for _, bitSize := range []int{32, 64} {
			y, err := strconv.ParseFloat(s, bitSize)
			fmt.Println(s, bitSize, strconv.FormatFloat(y, 'g', -1, bitSize), strconv.FormatFloat(y, 'b', -1, 64), err)
		}
	}

	fmt.Println("== allocs")
	const n = 200
	xs := []float64{3.14159, 1e300, 5e-324, 123456789.125, 0.1, -2.5e-10, 6.02214076e23, 1.5}
	for _, fm := range []byte{'e', 'f', 'g', 'x', 'b'} {
		for _, p := range []int{-1, 0, 3, 9, 17} {
			for _, bitSize := range []int{32, 64} {
				m0 := mallocs()
				for i := 0; i < n; i++ {
					buf = strconv.AppendFloat(buf[:0], xs[i%len(xs)], fm, p, bitSize)
				}
				m1 := mallocs()
				ok := "ok"
				if m1-m0 != 0 {
					ok = "not ok"
				}
				fmt.Printf("append %c %d %d allocs %s\n", fm, p, bitSize, ok)
			}
		}
	}
	for _, fm := range []byte{'e', 'g', 'E'} {
		for _, p := range []int{-1, 3, 9} {
			m0 := mallocs()
			for i := 0; i < n; i++ {
				_ = strconv.FormatFloat(xs[i%len(xs)], fm, p, 64)
			}
			m1 := mallocs()
			ok := "ok"
			if m1-m0 > 2*n {
				ok = "not ok"
			}
			fmt.Printf("format %c %d allocs %s\n", fm, p, ok)
		}
	}
	for _, s := range []string{"3.14159", "1.2345678901234567891e-300", "6.02214076e23", "-0.000123",
		"1e38", "123456789012345678", "0x1.8p-3", "4.9e-324", "1.17549435e-38"} {
		for _, bitSize := range []int{32, 64} {
			m0 := mallocs()
			for i := 0; i < n; i++ {
				_, _ = strconv.ParseFloat(s, bitSize)
			}
			m1 := mallocs()
			ok := "ok"
			if m1-m0 != 0 {
				ok = "not ok"
			}
			fmt.Printf("parse %s %d allocs %s\n", s, bitSize, ok)
		}
	}
}
