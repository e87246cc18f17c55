uint8_wraparound.go:26:26: ([]byte)("hello, world") does not escape
