package p

//line
var a = 1
//line foo.go
var b = 2
//line foo.go:0
var c
//line foo.go:99999999999999999999
var d
//line foo.go:1:0
//line :1:2:3
//line foo.go:-1
/*line x.go:1:1
//line a:b:c
  //line indented.go:5
var e = @
/*line y.go:4294967295:4294967295*/ var f = $
//line z.go:2147483648
x
