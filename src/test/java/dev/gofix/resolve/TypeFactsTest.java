package dev.gofix.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofix.resolve.TypeDescription.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TypeFactsTest {

  private static final Snippet TYPES =
      Snippet.of(
          """
          package p

          import (
          	ctxpkg "context"
          	"sync"
          	"golang.org/x/sync/errgroup"
          )

          type S []int
          type M map[string]*sync.WaitGroup
          type T struct{ n int }
          type A = S
          type Loop []Loop

          var (
          	aSlice   []string
          	aMap     map[string]int
          	aString  string
          	aPointer *sync.WaitGroup
          	aChan    chan int
          	aNamed   S
          	anAlias  A
          	aCtx     ctxpkg.Context
          	aGroup   *errgroup.Group
          	anArray  [4]byte
          	aFunc    func(a int) error
          	anError  error
          	aLoop    Loop
          	aLiteral = []int{}
          )

          func f() {
          	made := make(map[string][]T, 4)
          	newed := new(T)
          	composite := T{n: 1}
          	addressed := &T{}
          	text := "x"
          	number := 42
          	copied := made
          	converted := []byte(text)
          	for key, value := range made {
          		_, _ = key, value
          	}
          	for index, r := range text {
          		_, _ = index, r
          	}
          	lit := func(x int) int { return x }
          	_, _, _, _, _, _, _, _ = newed, composite, addressed, number, copied, converted, lit, aLoop
          }
          """);

  @ParameterizedTest
  @CsvSource({
    "aSlice,    SLICE,     '[]string',           '[]string'",
    "aMap,      MAP,       'map[string]int',     'map[string]int'",
    "aString,   STRING,    string,               string",
    "aPointer,  POINTER,   '*sync.WaitGroup',    '*sync.WaitGroup'",
    "aChan,     CHAN,      'chan int',           'chan int'",
    "aNamed,    SLICE,     S,                    S",
    "anAlias,   SLICE,     A,                    A",
    "aCtx,      NAMED,     ctxpkg.Context,       context.Context",
    "aGroup,    POINTER,   '*errgroup.Group',    '*golang.org/x/sync/errgroup.Group'",
    "anArray,   ARRAY,     '[4]byte',            '[4]byte'",
    "aFunc,     FUNC,      'func(a int) error',  'func(a int) error'",
    "anError,   INTERFACE, error,                error",
    "aLoop,     SLICE,     Loop,                 Loop",
    "aLiteral,  SLICE,     '[]int',              '[]int'",
    "made,      MAP,       'map[string][]T',     'map[string][]T'",
    "newed,     POINTER,   '*T',                 '*T'",
    "composite, STRUCT,    T,                    T",
    "addressed, POINTER,   '*T',                 '*T'",
    "text,      STRING,    string,               string",
    "number,    BASIC,     int,                  int",
    "copied,    MAP,       'map[string][]T',     'map[string][]T'",
    "converted, SLICE,     '[]byte',             '[]byte'",
    "key,       STRING,    string,               string",
    "value,     SLICE,     '[]T',                '[]T'",
    "index,     BASIC,     int,                  int",
    "r,         BASIC,     rune,                 rune",
    "lit,       FUNC,      'func(x int) int',    'func(x int) int'",
  })
  void declaredAndInferredTypes(String name, Kind kind, String spelled, String qualified) {
    TypeDescription type = TYPES.typeOf(name, 0).orElseThrow(() -> new AssertionError(name));
    assertEquals(kind, type.kind(), name);
    assertEquals(spelled, type.spelled(), name);
    assertEquals(qualified, type.qualified(), name);
  }

  @Test
  void elementAndKeyTypesFollowNamedTypes() {
    TypeDescription named = TYPES.typeOf("aNamed", 0).orElseThrow();
    assertEquals("int", named.elem().orElseThrow().spelled());
    TypeDescription map = TYPES.typeOf("made", 0).orElseThrow();
    assertEquals("string", map.key().orElseThrow().spelled());
    assertEquals(Kind.STRUCT, map.elem().orElseThrow().elem().orElseThrow().kind());
    TypeDescription m = TYPES.declarationOf("M", 0).flatMap(d -> TYPES.pkg.types().typeOf(d)).orElseThrow();
    assertEquals(Kind.MAP, m.kind());
    assertEquals("*sync.WaitGroup", m.elem().orElseThrow().spelled());
    assertEquals(Kind.NAMED, m.elem().orElseThrow().elem().orElseThrow().kind());
    TypeDescription loop = TYPES.typeOf("aLoop", 0).orElseThrow();
    assertEquals(Kind.SLICE, loop.elem().orElseThrow().elem().orElseThrow().kind());
  }

  @Test
  void unknownStaysUnknown() {
    Snippet s =
        Snippet.of(
            """
            package p

            func f(g func() int) {
            	a := g()
            	b, c := 1, 2
            	d, e := g(), g()
            	_, _, _, _, _ = a, b, c, d, e
            }
            """);
    assertTrue(s.typeOf("a", 0).isEmpty());
    assertEquals("int", s.typeOf("b", 0).orElseThrow().spelled());
    assertTrue(s.typeOf("d", 0).isEmpty());
  }
}
