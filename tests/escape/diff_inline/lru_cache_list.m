lru_cache_list.go:19:34: &LRU{...} escapes to heap
lru_cache_list.go:19:50: inlining call to list.(*List).Init
lru_cache_list.go:19:50: inlining call to list.New
lru_cache_list.go:19:50: new(list.List) escapes to heap
lru_cache_list.go:19:6: can inline NewLRU
lru_cache_list.go:19:78: map[string]*list.Element{} escapes to heap
lru_cache_list.go:21:19: k does not escape
lru_cache_list.go:21:7: leaking param content: c
lru_cache_list.go:23:19: inlining call to list.(*List).MoveToFront
lru_cache_list.go:23:19: inlining call to list.(*List).move
lru_cache_list.go:29:19: leaking param: k
lru_cache_list.go:29:7: leaking param content: c
lru_cache_list.go:32:19: inlining call to list.(*List).MoveToFront
lru_cache_list.go:32:19: inlining call to list.(*List).move
lru_cache_list.go:35:29: &list.Element{...} escapes to heap
lru_cache_list.go:35:29: inlining call to list.(*List).Init
lru_cache_list.go:35:29: inlining call to list.(*List).PushFront
lru_cache_list.go:35:29: inlining call to list.(*List).insert
lru_cache_list.go:35:29: inlining call to list.(*List).insertValue
lru_cache_list.go:35:29: inlining call to list.(*List).lazyInit
lru_cache_list.go:35:30: &entry{...} escapes to heap
lru_cache_list.go:36:13: inlining call to list.(*List).Len
lru_cache_list.go:37:20: inlining call to list.(*List).Back
lru_cache_list.go:38:14: inlining call to list.(*List).Remove
lru_cache_list.go:38:14: inlining call to list.(*List).remove
lru_cache_list.go:40:14: ... argument does not escape
lru_cache_list.go:40:14: inlining call to fmt.Println
lru_cache_list.go:40:15: "evict" escapes to heap
lru_cache_list.go:40:43: last.Value.(*entry).key escapes to heap
lru_cache_list.go:44:6: can inline (*LRU).Keys
lru_cache_list.go:44:7: leaking param content: c
lru_cache_list.go:46:21: inlining call to list.(*List).Front
lru_cache_list.go:46:45: inlining call to list.(*Element).Next
lru_cache_list.go:53:13: &LRU{...} does not escape
lru_cache_list.go:53:13: inlining call to NewLRU
lru_cache_list.go:53:13: inlining call to list.(*List).Init
lru_cache_list.go:53:13: inlining call to list.New
lru_cache_list.go:53:13: map[string]*list.Element{} escapes to heap
lru_cache_list.go:53:13: new(list.List) escapes to heap
lru_cache_list.go:57:13: ... argument does not escape
lru_cache_list.go:57:13: .autotmp_1 escapes to heap
lru_cache_list.go:57:13: .autotmp_2 escapes to heap
lru_cache_list.go:57:13: inlining call to fmt.Println
lru_cache_list.go:59:13: ... argument does not escape
lru_cache_list.go:59:13: .autotmp_3 escapes to heap
lru_cache_list.go:59:13: .autotmp_4 escapes to heap
lru_cache_list.go:59:13: inlining call to fmt.Println
lru_cache_list.go:62:13: ... argument does not escape
lru_cache_list.go:62:13: inlining call to fmt.Println
lru_cache_list.go:62:20: inlining call to (*LRU).Keys
lru_cache_list.go:62:20: inlining call to list.(*Element).Next
lru_cache_list.go:62:20: inlining call to list.(*List).Front
lru_cache_list.go:62:20: ~R0 escapes to heap
lru_cache_list.go:62:27: len(c.items) escapes to heap
lru_cache_list.go:63:13: ... argument does not escape
lru_cache_list.go:63:13: .autotmp_5 escapes to heap
lru_cache_list.go:63:13: .autotmp_6 escapes to heap
lru_cache_list.go:63:13: inlining call to fmt.Println
