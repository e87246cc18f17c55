const_iota_shift.go:38:6: can inline main
