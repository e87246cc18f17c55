string_range_invalid_utf8.go:5:6: can inline main
