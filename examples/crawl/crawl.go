// Package crawl fetches a set of pages with a bounded number of goroutines.
//
// It is a small, ordinary piece of concurrent Go that gofix can be pointed at.
package crawl

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

// Fetcher returns the body of the page at url.
type Fetcher interface {
	Fetch(ctx context.Context, url string) ([]byte, error)
}

// Result is what fetching one page gave.
type Result struct {
	URL  string
	Size int
	Err  error
}

// All fetches every url using at most workers goroutines at a time. It stops
// starting new fetches once ctx is done, and returns the results sorted by URL
// together with the first error, if any.
func All(ctx context.Context, f Fetcher, urls []string, workers int) ([]Result, error) {
	if workers < 1 {
		return nil, fmt.Errorf("crawl: workers must be at least 1, got %d", workers)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	jobs := make(chan string)
	results := make(chan Result, len(urls))
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for url := range jobs {
				body, err := f.Fetch(ctx, url)
				results <- Result{URL: url, Size: len(body), Err: err}
			}
		}()
	}

send:
	for _, url := range urls {
		select {
		case jobs <- url:
		case <-ctx.Done():
			break send
		}
	}
	close(jobs)
	wg.Wait()
	close(results)

	var all []Result
	var errs []error
	for r := range results {
		all = append(all, r)
		if r.Err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", r.URL, r.Err))
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].URL < all[j].URL })
	if err := ctx.Err(); err != nil {
		errs = append(errs, err)
	}
	return all, errors.Join(errs...)
}
