/* block comment
   spanning lines */
// line comment
package /* inline */ comments // trailing

//go:build linux && amd64
// +build linux,amd64

import "C"

/*
#include <stdio.h>
*/

var x = 1 /* a */ + /* b */ 2 // c
var y = 1 + /*
*/ 2
