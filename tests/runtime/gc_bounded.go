// gc_bounded: allocates TOTAL MiB in buffers of mixed sizes (16 B to 256 KiB, half of them
// reached through pointerful nodes) while keeping at most LIVE MiB reachable, then prints a
// checksum. gc_bounded.sh runs it and checks its peak RSS against 4 x LIVE + 16 MiB.
//
//	gc_bounded TOTAL_MIB LIVE_MIB
package main

import (
	"fmt"
	"os"
	"strconv"
)

type node struct {
	next *node
	buf  []byte
	id   int
}

var seed uint64 = 88172645463325252

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func main() {
	total, _ := strconv.Atoi(os.Args[1])
	live, _ := strconv.Atoi(os.Args[2])
	limit := live << 20
	var head, tail *node
	liveBytes, allocated, count := 0, 0, 0
	sum := uint64(0)
	for allocated < total<<20 {
		size := 16 << (rnd() % 15) // 16 B .. 256 KiB
		size += int(rnd() % uint64(size))
		n := &node{buf: make([]byte, size), id: count}
		n.buf[0] = byte(count)
		n.buf[size-1] = byte(count >> 8)
		count++
		allocated += size
		liveBytes += size
		if tail == nil {
			head = n
		} else {
			tail.next = n
		}
		tail = n
		for liveBytes > limit {
			sum += uint64(head.buf[0]) + uint64(head.buf[len(head.buf)-1]) + uint64(head.id)
			liveBytes -= len(head.buf)
			head = head.next
		}
	}
	for n := head; n != nil; n = n.next {
		sum += uint64(n.buf[0]) + uint64(n.buf[len(n.buf)-1]) + uint64(n.id)
	}
	fmt.Println("allocated objects:", count, "checksum:", sum)
}
