strconv_conversions.go:10:13: ... argument does not escape
strconv_conversions.go:10:13: inlining call to fmt.Println
strconv_conversions.go:10:13: n escapes to heap
strconv_conversions.go:12:13: ... argument does not escape
strconv_conversions.go:12:13: inlining call to fmt.Println
strconv_conversions.go:13:13: ... argument does not escape
strconv_conversions.go:13:13: inlining call to fmt.Println
strconv_conversions.go:13:26: inlining call to strconv.Itoa
strconv_conversions.go:13:26: ~R0 escapes to heap
strconv_conversions.go:13:51: strconv.FormatInt(255, 16) escapes to heap
strconv_conversions.go:13:79: strconv.FormatInt(-8, 2) escapes to heap
strconv_conversions.go:15:13: ... argument does not escape
strconv_conversions.go:15:13: i64 escapes to heap
strconv_conversions.go:15:13: inlining call to fmt.Println
strconv_conversions.go:17:13: ... argument does not escape
strconv_conversions.go:17:13: inlining call to fmt.Println
strconv_conversions.go:19:13: ... argument does not escape
strconv_conversions.go:19:13: inlining call to fmt.Println
strconv_conversions.go:19:13: u escapes to heap
strconv_conversions.go:21:13: ... argument does not escape
strconv_conversions.go:21:13: f escapes to heap
strconv_conversions.go:21:13: inlining call to fmt.Println
strconv_conversions.go:22:13: ... argument does not escape
strconv_conversions.go:22:13: inlining call to fmt.Println
strconv_conversions.go:22:33: strconv.FormatFloat(1.0 / 3, 'f', 4, 64) escapes to heap
strconv_conversions.go:22:73: strconv.FormatFloat(1e21, 'g', -1, 64) escapes to heap
strconv_conversions.go:23:29: &strconv.NumError{...} escapes to heap
strconv_conversions.go:23:29: inlining call to strconv.ParseBool
strconv_conversions.go:23:29: inlining call to strconv.syntaxError
strconv_conversions.go:24:13: ... argument does not escape
strconv_conversions.go:24:13: b escapes to heap
strconv_conversions.go:24:13: inlining call to fmt.Println
strconv_conversions.go:24:40: inlining call to strconv.FormatBool
strconv_conversions.go:24:40: ~R0 escapes to heap
strconv_conversions.go:25:13: ... argument does not escape
strconv_conversions.go:25:13: inlining call to fmt.Println
strconv_conversions.go:25:27: inlining call to strconv.Quote
strconv_conversions.go:25:27: inlining call to strconv.quoteWith
strconv_conversions.go:25:27: make([]byte, int(0), int(3) * len(strconv.s) / int(2)) escapes to heap
strconv_conversions.go:25:27: string(strconv.appendQuotedWith(make([]byte, int(0), int(3) * len(strconv.s) / int(2)), strconv.s, strconv.quote, strconv.ASCIIonly, strconv.graphicOnly)) escapes to heap
strconv_conversions.go:25:27: ~R0 escapes to heap
strconv_conversions.go:25:63: inlining call to strconv.QuoteRune
strconv_conversions.go:25:63: inlining call to strconv.quoteRuneWith
strconv_conversions.go:25:63: string(strconv.appendQuotedRuneWith(nil, strconv.r, strconv.quote, strconv.ASCIIonly, strconv.graphicOnly)) escapes to heap
strconv_conversions.go:25:63: ~R0 escapes to heap
strconv_conversions.go:27:12: ... argument does not escape
strconv_conversions.go:27:12: inlining call to fmt.Printf
strconv_conversions.go:27:13: s escapes to heap
strconv_conversions.go:28:15: ([]byte)("n=") does not escape
strconv_conversions.go:30:13: ... argument does not escape
strconv_conversions.go:30:13: inlining call to fmt.Println
strconv_conversions.go:30:20: string(buf) escapes to heap
strconv_conversions.go:30:20: string(buf) escapes to heap
