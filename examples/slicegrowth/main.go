// Command slicegrowth shows how append grows a slice's capacity (the runtime's
// growslice) and how slices alias their backing array.
//
// The seed note states growslice's rule as it was up to Go 1.17: if the wanted
// capacity is more than double the old one, take it; otherwise double while
// the length is below 1024, then grow by 1/4. Go 1.18 changed this: the
// threshold is 256 and growth slides smoothly from 2x towards 1.25x via
// newcap += (newcap + 3*256) / 4. Either way the result is then rounded up to
// a malloc size class (objects above 32 KiB to whole 8 KiB pages, the
// TCMalloc-style "page 8kb" from the seed's memory notes), which is why real
// capacities such as 848 or 3408 are not what either formula alone predicts.
// For each growth step the table applies both formulas to the same old
// length/capacity, then shows the size-class-rounded Go 1.19 prediction and
// the capacity append actually returned.
//
// It then shows the 3-index slice s[lo:hi:max], copy, and the classic
// aliasing surprise when two appends share one backing array.
//
// Seed note: 000_e45fb47a628addc5.txt, section "数组和切片" / "切片" (growslice).
//
// Expected exit code: 0
package main

import "fmt"

// sizeClasses are Go 1.19's malloc size classes in bytes (runtime/sizeclasses.go).
var sizeClasses = []int{0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176,
	192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704,
	768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456,
	4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288,
	13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768}

const pageSize = 8192

// roundUpSize mirrors runtime.roundupsize: small sizes go to the next size
// class, large ones to a whole number of pages.
func roundUpSize(n int) int {
	if n <= 32768 {
		for _, c := range sizeClasses {
			if c >= n {
				return c
			}
		}
	}
	return (n + pageSize - 1) / pageSize * pageSize
}

// seedRule is growslice as quoted in the seed notes (Go 1.17 and earlier).
func seedRule(oldLen, oldCap, want int) int {
	newcap := oldCap
	if want > 2*oldCap {
		return want
	}
	if oldLen < 1024 {
		return 2 * oldCap
	}
	for 0 < newcap && newcap < want {
		newcap += newcap / 4
	}
	return newcap
}

// go119Rule is growslice's formula in Go 1.18 and 1.19.
func go119Rule(oldCap, want int) int {
	const threshold = 256
	newcap := oldCap
	if want > 2*oldCap {
		return want
	}
	if oldCap < threshold {
		return 2 * oldCap
	}
	for 0 < newcap && newcap < want {
		newcap += (newcap + 3*threshold) / 4
	}
	return newcap
}

func main() {
	const elemSize = 8 // int on 64-bit targets
	fmt.Println("appending one int at a time:")
	fmt.Printf("%6s %7s %9s %9s %9s %7s\n", "len", "oldcap", "seed", "go1.19", "rounded", "newcap")
	var s []int
	for i := 0; i < 4000; i++ {
		oldLen, oldCap := len(s), cap(s)
		s = append(s, i)
		if cap(s) == oldCap {
			continue
		}
		want := oldLen + 1
		rounded := roundUpSize(go119Rule(oldCap, want)*elemSize) / elemSize
		fmt.Printf("%6d %7d %9d %9d %9d %7d\n", oldLen, oldCap,
			seedRule(oldLen, oldCap, want), go119Rule(oldCap, want), rounded, cap(s))
	}

	fmt.Println("\nappending several at once (want > 2*cap takes want, then rounds):")
	a := make([]int, 2)
	a = append(a, 3, 4, 5)
	fmt.Printf("make([]int, 2) + 3 elems: len=%d cap=%d (want 5 -> 40 B -> 48 B class)\n", len(a), cap(a))
	b := append([]byte(nil), 'x')
	fmt.Printf("nil []byte + 1 byte:      len=%d cap=%d (smallest class is 8 B)\n", len(b), cap(b))

	fmt.Println("\n3-index slices:")
	base := []int{0, 1, 2, 3, 4, 5}
	t := base[1:3:4]
	fmt.Printf("t := base[1:3:4]             t=%v len=%d cap=%d\n", t, len(t), cap(t))
	t = append(t, 99) // fits in cap: writes into base[3]
	fmt.Printf("t = append(t, 99)            t=%v base=%v\n", t, base)
	t = append(t, 100) // exceeds cap 3: copies to a new array
	t[0] = -1
	fmt.Printf("t = append(t, 100); t[0]=-1  t=%v base=%v\n", t, base)

	fmt.Println("\ncopy:")
	dst := make([]int, 3)
	n := copy(dst, base)
	fmt.Printf("copy(dst, base) with len 3 and 6 = %d, dst=%v\n", n, dst)
	n = copy(base[1:], base) // overlapping: behaves like memmove
	fmt.Printf("copy(base[1:], base) = %d, base=%v\n", n, base)

	fmt.Println("\naliasing after append:")
	x := make([]int, 3, 10)
	y := append(x, 1)
	z := append(x, 2) // same backing array as y: overwrites y[3]
	fmt.Printf("y=%v z=%v (y[3] is now %d)\n", y, z, y[3])
	w := append(x[:3:3], 3) // full slice expression forces a fresh array
	fmt.Printf("w=%v y=%v (y unchanged)\n", w, y)
}
