package crawl

import (
	"context"
	"time"
)

// Poll calls check every interval until it reports done, returns an error, or
// ctx is done.
//
// The time.After in the loop allocates a new timer on every iteration; that is
// the kind of pattern a gofix recipe is meant to find and rewrite.
func Poll(ctx context.Context, interval time.Duration, check func(context.Context) (bool, error)) error {
	for {
		done, err := check(ctx)
		if err != nil || done {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(interval):
		}
	}
}
