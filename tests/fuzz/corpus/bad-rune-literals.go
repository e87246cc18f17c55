package p

var c = 'a
var d = ''
var e = 'ab'
var f = '
