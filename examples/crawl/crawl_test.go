package crawl

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

type fakeFetcher map[string]string

func (f fakeFetcher) Fetch(ctx context.Context, url string) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	body, ok := f[url]
	if !ok {
		return nil, errors.New("not found")
	}
	return []byte(body), nil
}

func TestAll(t *testing.T) {
	f := fakeFetcher{"a": "alpha", "b": "be"}
	got, err := All(context.Background(), f, []string{"b", "a", "c"}, 2)
	if err == nil || !strings.Contains(err.Error(), "c: not found") {
		t.Fatalf("err = %v, want one about c", err)
	}
	want := []Result{{URL: "a", Size: 5}, {URL: "b", Size: 2}}
	if len(got) != 3 || got[0] != want[0] || got[1] != want[1] || got[2].URL != "c" {
		t.Fatalf("got %+v", got)
	}
}

func TestPollStopsWhenDone(t *testing.T) {
	calls := 0
	err := Poll(context.Background(), time.Millisecond, func(context.Context) (bool, error) {
		calls++
		return calls == 3, nil
	})
	if err != nil || calls != 3 {
		t.Fatalf("err = %v, calls = %d", err, calls)
	}
}
