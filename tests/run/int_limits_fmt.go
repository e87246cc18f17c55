package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println("int8", math.MinInt8, math.MaxInt8, "uint8", math.MaxUint8)
	fmt.Println("int16", math.MinInt16, math.MaxInt16, "uint16", math.MaxUint16)
	fmt.Println("int32", math.MinInt32, math.MaxInt32, "uint32", uint32(math.MaxUint32))
	fmt.Println("int64", int64(math.MinInt64), int64(math.MaxInt64), "uint64", uint64(math.MaxUint64))
	i8, i16, i32, i64 := int8(math.MaxInt8), int16(math.MaxInt16), int32(math.MaxInt32), int64(math.MaxInt64)
	i8++
	i16++
	i32++
	i64++
	fmt.Println("wrapped max+1:", i8, i16, i32, i64)
	u8, u16, u32, u64 := uint8(0), uint16(0), uint32(0), uint64(0)
	u8--
	u16--
	u32--
	u64--
	fmt.Println("wrapped 0-1:", u8, u16, u32, u64)
	fmt.Printf("%x %x %x %x\n", u8, u16, u32, u64)
	fmt.Printf("%x %x %x %x\n", i8, i16, i32, i64)
	fmt.Printf("%b\n", int8(-1))
	var up uintptr = 0
	up--
	fmt.Println("uintptr 0-1:", up)
	fmt.Println(int8(i16), uint16(i8), int32(u64), int64(u32))
}
