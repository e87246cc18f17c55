// Small promises of `gocc layout` (check_cli.sh).
package main

import "sync/atomic"

//gocc:layout ignore
type Ignored struct {
	a bool
	b int64
	c bool
}

type Silenced struct { //gocc:layout ignore
	a bool
	b int64
	c bool
}

// On 386 and arm, total sits at offset 4: atomic.AddUint64 on it faults there.
type Stats struct {
	ready bool
	total uint64
}

func add(s *Stats) { atomic.AddUint64(&s.total, 1) }

func main() { add(&Stats{}) }
