fannkuch_small.go:20:22: fannkuch ignoring self-assignment in perm[i], perm[j] = perm[j], perm[i]
fannkuch_small.go:20:22: fannkuch ignoring self-assignment in perm[i], perm[j] = perm[j], perm[i]
fannkuch_small.go:38:14: fannkuch ignoring self-assignment in perm1[i] = perm1[i + 1]
fannkuch_small.go:4:15: make([]int, n) escapes to heap
fannkuch_small.go:8:14: make([]int, n) escapes to heap
fannkuch_small.go:9:15: make([]int, n) escapes to heap
