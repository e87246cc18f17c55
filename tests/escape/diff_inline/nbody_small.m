nbody_small.go:15:13: bs does not escape
nbody_small.go:28:14: bs does not escape
nbody_small.go:51:14: []Body{...} does not escape
nbody_small.go:67:12: ... argument does not escape
nbody_small.go:67:12: inlining call to fmt.Printf
nbody_small.go:67:29: energy(bs) escapes to heap
nbody_small.go:71:12: ... argument does not escape
nbody_small.go:71:12: inlining call to fmt.Printf
nbody_small.go:71:29: energy(bs) escapes to heap
