package dev.gofix.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gofix.oracle.GoToolchain;
import dev.gofix.syntax.GoFileParser;
import dev.gofix.syntax.GoLexer;
import dev.gofix.syntax.GoSource;
import dev.gofix.syntax.ParsedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/**
 * Resolves every file of {@code $(go env GOROOT)/src/net/http} and compares each use of a local
 * variable with what go/types says it refers to (by a small Go program, {@code
 * resolve/localuses.go}). Skipped where {@code go} is not installed.
 */
class GoRootResolveTest {

  @Test
  void everyLocalVariableUseInNetHttpResolvesAsGoTypesSays() throws Exception {
    java.util.Optional<Path> src = GoToolchain.goRootSrc();
    assumeTrue(src.isPresent(), "go not installed: skipping the net/http resolution test");
    Path dir = src.get().resolve("net/http");
    List<String> lines = goTypesUses(dir);
    assumeTrue(lines != null, "go run failed: skipping the net/http resolution test");

    Map<String, ParsedFile> files = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.startsWith("FILE ")) {
        String name = line.substring(5);
        String text = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
        ParsedFile file = new GoFileParser().parse(new GoSource(name, text));
        assertTrue(file.errors().isEmpty(), name + ": " + file.errors());
        files.put(name, file);
      }
    }
    PackageScope pkg = PackageScope.of(new ArrayList<>(files.values()));
    Map<String, Map<String, Token>> identifiers = new HashMap<>();
    for (ParsedFile file : files.values()) {
      FileScope scope = pkg.file(file);
      Map<String, Token> byPosition = new HashMap<>();
      for (Token t : file.tokens().tokens()) {
        if (t.getType() == GoLexer.IDENTIFIER) {
          byPosition.put(t.getLine() + ":" + byteColumn(file, t), t);
          scope.declarationOf(t).ifPresent(d -> pkg.types().typeOf(d)); // must not throw
        }
      }
      identifiers.put(file.source().path(), byPosition);
    }

    int checked = 0;
    List<String> wrong = new ArrayList<>();
    for (String line : lines) {
      if (!line.startsWith("USE ")) {
        continue;
      }
      String[] f = line.split(" ");
      Token use = identifiers.getOrDefault(f[1], Map.of()).get(f[2] + ":" + f[3]);
      Token declared = identifiers.getOrDefault(f[5], Map.of()).get(f[6] + ":" + f[7]);
      checked++;
      var got =
          use == null ? java.util.Optional.<Declaration>empty() : pkg.file(files.get(f[1])).declarationOf(use);
      if (use == null
          || declared == null
          || !f[5].equals(f[1])
          || got.isEmpty()
          || got.get().nameTokenIndex() != declared.getTokenIndex()) {
        wrong.add(line + " -> " + got.map(d -> d.kind() + "@" + d.nameTokenIndex()).orElse("none"));
      }
    }
    assertTrue(checked > 1000, "too few uses checked: " + checked);
    assertEquals(List.of(), wrong.subList(0, Math.min(20, wrong.size())), wrong.size() + " wrong");
  }

  private static int byteColumn(ParsedFile file, Token t) {
    String text = file.source().text();
    int start = t.getStartIndex();
    int lineStart = start - t.getCharPositionInLine();
    return text.substring(lineStart, start).getBytes(StandardCharsets.UTF_8).length + 1;
  }

  private static List<String> goTypesUses(Path dir) throws IOException {
    Path tmp = Files.createTempDirectory("gofix-localuses");
    try (InputStream in = GoRootResolveTest.class.getResourceAsStream("/resolve/localuses.go")) {
      Files.copy(in, tmp.resolve("localuses.go"));
    }
    try {
      return run(tmp, "go", "run", "localuses.go", dir.toString());
    } finally {
      Files.deleteIfExists(tmp.resolve("localuses.go"));
      Files.deleteIfExists(tmp);
    }
  }

  private static List<String> run(Path workDir, String... command) {
    try {
      ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
      pb.environment().put("GOTOOLCHAIN", "local");
      pb.redirectError(ProcessBuilder.Redirect.DISCARD);
      Process p = pb.start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
        return null;
      }
      return new String(out, StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
