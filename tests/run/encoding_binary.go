package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

type header struct {
	Magic   uint32
	Version uint16
	_       [2]byte
	Flags   [3]bool
	Scale   float32
	Offset  int64
	Z       complex64
}

func main() {
	b := make([]byte, 8)
	binary.LittleEndian.PutUint64(b, 0x0102030405060708)
	fmt.Println(b, binary.LittleEndian.Uint64(b), binary.BigEndian.Uint64(b))
	binary.BigEndian.PutUint32(b, 0xdeadbeef)
	fmt.Printf("%x %x %x\n", b[:4], binary.BigEndian.Uint32(b), binary.LittleEndian.Uint16(b))
	fmt.Println(binary.BigEndian.AppendUint16(nil, 0x1234), binary.LittleEndian.AppendUint32([]byte{9}, 7))
	fmt.Println(binary.LittleEndian, binary.BigEndian)
	fmt.Printf("%v %#v\n", binary.LittleEndian, binary.BigEndian)

	var order binary.ByteOrder = binary.BigEndian
	fmt.Println(order.Uint16([]byte{1, 2}), order)

	// Varints, signed and unsigned, at the edges.
	for _, x := range []uint64{0, 1, 127, 128, 300, 1<<63 - 1, 1<<64 - 1} {
		buf := make([]byte, binary.MaxVarintLen64)
		n := binary.PutUvarint(buf, x)
		y, m := binary.Uvarint(buf[:n])
		fmt.Println(x, buf[:n], y, m, len(binary.AppendUvarint(nil, x)))
	}
	for _, x := range []int64{0, -1, 1, -64, 64, -1 << 63, 1<<63 - 1} {
		buf := binary.AppendVarint(nil, x)
		y, n := binary.Varint(buf)
		r, err := binary.ReadVarint(bytes.NewReader(buf))
		fmt.Println(x, buf, y, n, r, err)
	}
	fmt.Println(binary.Uvarint([]byte{0x80, 0x80}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}))
	_, err := binary.ReadUvarint(bytes.NewReader([]byte{0x80}))
	fmt.Println(err)
	_, err = binary.ReadUvarint(bytes.NewReader(nil))
	fmt.Println(err)

	// Read, Write and Size over structs, arrays and slices.
	h := header{Magic: 0xCAFEBABE, Version: 3, Flags: [3]bool{true, false, true}, Scale: 1.5, Offset: -2, Z: 1 + 2i}
	var w bytes.Buffer
	fmt.Println(binary.Size(h), binary.Size(&h), binary.Size([]uint16{1, 2, 3}), binary.Size(3), binary.Size("x"))
	fmt.Println(binary.Write(&w, binary.LittleEndian, &h), w.Len())
	fmt.Println(w.Bytes())
	var h2 header
	fmt.Println(binary.Read(bytes.NewReader(w.Bytes()), binary.LittleEndian, &h2), h2 == h, h2)
	w.Reset()
	fmt.Println(binary.Write(&w, binary.BigEndian, []int16{-1, 2, 300}), w.Bytes())
	s := make([]int16, 3)
	fmt.Println(binary.Read(&w, binary.BigEndian, s), s)
	fmt.Println(binary.Write(&w, binary.BigEndian, uint16(7)), binary.Write(&w, binary.BigEndian, 3.5), w.Bytes())
	var u uint16
	var f float64
	fmt.Println(binary.Read(&w, binary.BigEndian, &u), binary.Read(&w, binary.BigEndian, &f), u, f)
	fmt.Println(binary.Read(&w, binary.BigEndian, &u))
	fmt.Println(binary.Read(bytes.NewReader([]byte{1}), binary.BigEndian, &u))
	fmt.Println(binary.Write(&w, binary.BigEndian, 5))
	fmt.Println(binary.Write(&w, binary.BigEndian, struct{ S string }{"x"}))
	var n int
	fmt.Println(binary.Read(&w, binary.BigEndian, &n))
}
