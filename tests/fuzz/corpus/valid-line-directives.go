package p

//line foo.go:10
var a = 1

//line /abs/path/bar.go:20:5
var b = 2

/*line baz.go:30:1*/ var c = 3

//line :40
var d = 4

//line C:\windows\file.go:50
var e = 5
