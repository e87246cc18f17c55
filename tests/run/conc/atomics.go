package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"
)

func main() {
	var n32 int32
	var n64 int64
	var u64 uint64
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt32(&n32, 1)
			atomic.AddInt64(&n64, 3)
			atomic.AddUint64(&u64, ^uint64(0))
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&n32), atomic.LoadInt64(&n64), atomic.LoadUint64(&u64)+20)
	fmt.Println(atomic.CompareAndSwapInt32(&n32, 20, 7), atomic.CompareAndSwapInt32(&n32, 20, 8), n32)
	fmt.Println(atomic.SwapInt64(&n64, 5), n64)
	var p unsafe.Pointer
	x := 3
	atomic.StorePointer(&p, unsafe.Pointer(&x))
	fmt.Println(*(*int)(atomic.LoadPointer(&p)))
	var i atomic.Int64
	i.Add(10)
	i.Store(i.Load() * 2)
	fmt.Println(i.Load(), i.Swap(1), i.CompareAndSwap(1, 2), i.Load())
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("s")
	fmt.Println(v.Swap("t"), v.Load(), v.CompareAndSwap("t", "u"), v.Load())
	defer func() { fmt.Println(recover()) }()
	v.Store(1)
}
