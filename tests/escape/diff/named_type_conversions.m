named_type_conversions.go:12:7: s does not escape
named_type_conversions.go:28:13: Scores{...} does not escape
named_type_conversions.go:35:13: Lookup{...} does not escape
named_type_conversions.go:44:20: func literal does not escape
named_type_conversions.go:54:14: ([]byte)(st) does not escape
named_type_conversions.go:55:28: st + "d" does not escape
