package dev.gofix.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gofix.syntax.GoFileParser;
import dev.gofix.syntax.GoSource;
import dev.gofix.syntax.ParsedFile;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatcherTest {

  /** Each match as its code text, and its bindings as name=text, in order. */
  static String matches(String pattern, String code) throws PatternException {
    Pattern p = new PatternCompiler().compile(PatternSource.of(pattern));
    ParsedFile file = new GoFileParser().parse(new GoSource("x.go", "package p\n\nfunc f() {\n" + code + "\n}\n"));
    if (file.hasErrors()) {
      throw new AssertionError(file.errors().toString());
    }
    Matcher m = new Matcher(file);
    List<Match> found = m.findAll(p, x -> true);
    return found.stream()
        .map(x -> text(file, x.start(), x.stop()) + bindings(file, x))
        .collect(Collectors.joining(" | "));
  }

  private static String bindings(ParsedFile file, Match x) {
    return x.bindings().names().stream()
        .sorted()
        .map(n -> {
          Binding b = x.bindings().get(n).orElseThrow();
          return n + "=" + text(file, b.start(), b.stop());
        })
        .collect(Collectors.joining(",", "{", "}"));
  }

  static String text(ParsedFile file, int start, int stop) {
    return stop < start ? "" : file.tokens().getText(org.antlr.v4.runtime.misc.Interval.of(start, stop));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '\'', value = {
      // pattern | code | matches
      "interface{} ~ var x interface{}; var y []interface{} ~ interface{}{} | interface{}{}",
      "interface{} ~ var x interface{ M() } ~ ''",
      "$X.Add($N) ~ wg.Add(1); a.b.Add(2) ~ wg.Add(1){N=1,X=wg} | a.b.Add(2){N=2,X=a.b}",
      "$X.Add($N) ~ wg.Add(1).Wait() ~ wg.Add(1){N=1,X=wg}",
      "f($X, $X) ~ f(a, a); f(a, b); f(a /* c */, a) ~ f(a, a){X=a} | f(a /* c */, a){X=a}",
      "f($$$A) ~ f(); f(1); f(1, 2) ~ f(){A=} | f(1){A=1} | f(1, 2){A=1, 2}",
      "f($A, ...) ~ f(); f(1); f(1, 2) ~ f(1){A=1} | f(1, 2){A=1}",
      "$A + $B ~ x := a + b + c ~ a + b + c{A=a + b,B=c}",
      "if $C { $$$B } ~ if x > 0 { y() }; if z { } ~ if x > 0 { y() }{B=y(),C=x > 0} | if z { }{B=,C=z}",
      "x := $F()\\nx.Close() ~ a()\\nx := g()\\nx.Close()\\nb() ~ x := g()\\nx.Close(){F=g}",
      "$X = $Y\\n... \\nreturn $X ~ a = 1\\nb()\\nc()\\nreturn a ~ a = 1\\nb()\\nc()\\nreturn a{X=a,Y=1}",
      "go func($$$P) {\\n$ADD\\n$$$REST\\n}($$$A) ~ go func() { wg.Add(1); work() }() ~ go func() { wg.Add(1); work() }(){A=,ADD=wg.Add(1),P=,REST=work()}",
      "go func($$$P) {\\n$ADD\\n$$$REST\\n}($$$A) ~ go func(i, j int) { wg.Add(i) }(1, 2) ~ go func(i, j int) { wg.Add(i) }(1, 2){A=1, 2,ADD=wg.Add(i),P=i, j int,REST=}",
      "f($X) ~ if f(a) { }; switch f(b) { } ~ f(a){X=a} | f(b){X=b}",
      "[]$T{$$$E} ~ x := []int{1, 2}; y := [3]int{} ~ []int{1, 2}{E=1, 2,T=int}",
      "var $X $T ~ var a int; var b = 1 ~ var a int{T=int,X=a}",
      "func $F($$$P) error { $$$B } ~ x := 1 ~ ''",
      "f($_, $_) ~ f(a, b); f(c) ~ f(a, b){}",
      "x := $F() ~ x := g(); if x := g(); x { } ~ x := g(){F=g} | x := g(){F=g}",
  })
  void findsEveryMatch(String pattern, String code, String expected) throws PatternException {
    // Cases write a line break as \\n.
    assertEquals(
        expected.replace("\\n", "\n"),
        matches(pattern.replace("\\n", "\n"), code.replace("\\n", "\n")));
  }
}
