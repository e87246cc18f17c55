lru_cache_list.go:19:34: &LRU{...} escapes to heap
lru_cache_list.go:19:78: map[string]*list.Element{} escapes to heap
lru_cache_list.go:21:19: k does not escape
lru_cache_list.go:21:7: leaking param content: c
lru_cache_list.go:29:19: leaking param: k
lru_cache_list.go:29:7: leaking param content: c
lru_cache_list.go:35:30: &entry{...} escapes to heap
lru_cache_list.go:40:14: ... argument does not escape
lru_cache_list.go:40:15: "evict" escapes to heap
lru_cache_list.go:40:43: last.Value.(*entry).key escapes to heap
lru_cache_list.go:44:7: leaking param content: c
lru_cache_list.go:57:13: ... argument does not escape
lru_cache_list.go:57:13: .autotmp_1 escapes to heap
lru_cache_list.go:57:13: .autotmp_2 escapes to heap
lru_cache_list.go:59:13: ... argument does not escape
lru_cache_list.go:59:13: .autotmp_3 escapes to heap
lru_cache_list.go:59:13: .autotmp_4 escapes to heap
lru_cache_list.go:62:13: ... argument does not escape
lru_cache_list.go:62:20: (*LRU).Keys(c) escapes to heap
lru_cache_list.go:62:27: len(c.items) escapes to heap
lru_cache_list.go:63:13: ... argument does not escape
lru_cache_list.go:63:13: .autotmp_5 escapes to heap
lru_cache_list.go:63:13: .autotmp_6 escapes to heap
