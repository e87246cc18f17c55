result.go:10:2:     from &w (address-of) at result.go:11:18
result.go:10:2:     from pair{...} (struct literal element) at result.go:11:14
result.go:10:2:   flow: {storage for &pair{...}} = &w:
result.go:10:2: moved to heap: w
result.go:10:2: w escapes to heap:
result.go:11:9:     from &pair{...} (spill) at result.go:11:9
result.go:11:9:     from return &pair{...} (return) at result.go:11:2
result.go:11:9:   flow: ~r0 = &{storage for &pair{...}}:
result.go:11:9: &pair{...} escapes to heap
result.go:11:9: &pair{...} escapes to heap:
result.go:5:12:     from p.a (dot of pointer) at result.go:5:36
result.go:5:12:     from return p.a (return) at result.go:5:28
result.go:5:12:   flow: ~r0 = *p:
result.go:5:12: leaking param: p to result ~r0 level=1
result.go:5:12: parameter p leaks to ~r0 with derefs=1:
result.go:7:9:     from return x (return) at result.go:7:24
result.go:7:9:   flow: ~r0 = x:
result.go:7:9: leaking param: x to result ~r0 level=0
result.go:7:9: parameter x leaks to ~r0 with derefs=0:
