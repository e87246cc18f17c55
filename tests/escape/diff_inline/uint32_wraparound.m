uint32_wraparound.go:25:28: []string{...} does not escape
uint32_wraparound.go:26:36: inlining call to fnv32
uint32_wraparound.go:3:12: s does not escape
uint32_wraparound.go:3:6: can inline fnv32
