string_immutable_copy.go:14:14: ([]byte)("abc") does not escape
string_immutable_copy.go:15:15: string(bs) does not escape
string_immutable_copy.go:17:21: string(bs) does not escape
string_immutable_copy.go:19:16: string(arr[:]) does not escape
string_immutable_copy.go:21:22: string(arr[:]) does not escape
string_immutable_copy.go:5:13: ([]byte)(s) does not escape
string_immutable_copy.go:7:19: string(b) does not escape
