int_limits_fmt.go:10:13: ... argument does not escape
int_limits_fmt.go:10:13: inlining call to fmt.Println
int_limits_fmt.go:10:14: "int16" escapes to heap
int_limits_fmt.go:10:27: math.MinInt16 escapes to heap
int_limits_fmt.go:10:42: math.MaxInt16 escapes to heap
int_limits_fmt.go:10:53: "uint16" escapes to heap
int_limits_fmt.go:10:67: math.MaxUint16 escapes to heap
int_limits_fmt.go:11:13: ... argument does not escape
int_limits_fmt.go:11:13: inlining call to fmt.Println
int_limits_fmt.go:11:14: "int32" escapes to heap
int_limits_fmt.go:11:27: math.MinInt32 escapes to heap
int_limits_fmt.go:11:42: math.MaxInt32 escapes to heap
int_limits_fmt.go:11:53: "uint32" escapes to heap
int_limits_fmt.go:11:69: uint32(math.MaxUint32) escapes to heap
int_limits_fmt.go:12:13: ... argument does not escape
int_limits_fmt.go:12:13: inlining call to fmt.Println
int_limits_fmt.go:12:14: "int64" escapes to heap
int_limits_fmt.go:12:28: int64(math.MinInt64) escapes to heap
int_limits_fmt.go:12:50: int64(math.MaxInt64) escapes to heap
int_limits_fmt.go:12:67: "uint64" escapes to heap
int_limits_fmt.go:12:83: uint64(math.MaxUint64) escapes to heap
int_limits_fmt.go:18:13: ... argument does not escape
int_limits_fmt.go:18:13: inlining call to fmt.Println
int_limits_fmt.go:18:14: "wrapped max+1:" escapes to heap
int_limits_fmt.go:18:14: i16 escapes to heap
int_limits_fmt.go:18:14: i32 escapes to heap
int_limits_fmt.go:18:14: i64 escapes to heap
int_limits_fmt.go:18:14: i8 escapes to heap
int_limits_fmt.go:24:13: ... argument does not escape
int_limits_fmt.go:24:13: inlining call to fmt.Println
int_limits_fmt.go:24:14: "wrapped 0-1:" escapes to heap
int_limits_fmt.go:24:14: u16 escapes to heap
int_limits_fmt.go:24:14: u32 escapes to heap
int_limits_fmt.go:24:14: u64 escapes to heap
int_limits_fmt.go:24:14: u8 escapes to heap
int_limits_fmt.go:25:12: ... argument does not escape
int_limits_fmt.go:25:12: inlining call to fmt.Printf
int_limits_fmt.go:25:13: u16 escapes to heap
int_limits_fmt.go:25:13: u32 escapes to heap
int_limits_fmt.go:25:13: u64 escapes to heap
int_limits_fmt.go:25:13: u8 escapes to heap
int_limits_fmt.go:26:12: ... argument does not escape
int_limits_fmt.go:26:12: inlining call to fmt.Printf
int_limits_fmt.go:26:13: i16 escapes to heap
int_limits_fmt.go:26:13: i32 escapes to heap
int_limits_fmt.go:26:13: i64 escapes to heap
int_limits_fmt.go:26:13: i8 escapes to heap
int_limits_fmt.go:27:12: ... argument does not escape
int_limits_fmt.go:27:12: inlining call to fmt.Printf
int_limits_fmt.go:27:25: int8(-1) escapes to heap
int_limits_fmt.go:30:13: ... argument does not escape
int_limits_fmt.go:30:13: inlining call to fmt.Println
int_limits_fmt.go:30:14: "uintptr 0-1:" escapes to heap
int_limits_fmt.go:30:14: up escapes to heap
int_limits_fmt.go:31:13: ... argument does not escape
int_limits_fmt.go:31:13: inlining call to fmt.Println
int_limits_fmt.go:31:18: int8(i16) escapes to heap
int_limits_fmt.go:31:31: uint16(i8) escapes to heap
int_limits_fmt.go:31:42: int32(u64) escapes to heap
int_limits_fmt.go:31:54: int64(u32) escapes to heap
int_limits_fmt.go:9:13: ... argument does not escape
int_limits_fmt.go:9:13: inlining call to fmt.Println
int_limits_fmt.go:9:14: "int8" escapes to heap
int_limits_fmt.go:9:26: math.MinInt8 escapes to heap
int_limits_fmt.go:9:40: math.MaxInt8 escapes to heap
int_limits_fmt.go:9:50: "uint8" escapes to heap
int_limits_fmt.go:9:63: math.MaxUint8 escapes to heap
