package crawl

import "fmt"

// Logf formats one line of the crawl log. Its arguments may be of any type.
func Logf(format string, args ...interface{}) string {
	return fmt.Sprintf(format, args...)
}
