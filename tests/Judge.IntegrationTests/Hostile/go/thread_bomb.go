// Pins goroutines to OS threads that block forever: the runtime makes threads until the pids limit.
package main

import (
	"runtime"
	"time"
)

func main() {
	for {
		go func() {
			runtime.LockOSThread()
			time.Sleep(time.Hour)
		}()
	}
}
