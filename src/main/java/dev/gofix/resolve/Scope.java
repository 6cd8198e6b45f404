package dev.gofix.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One block of a file in Go's sense (file, function, block, the implicit block of an if, for or
 * switch, a case clause), spanning a range of token indexes, with the names declared in it and
 * the token index from which each is visible.
 */
public final class Scope {
  private final Scope parent;
  private final int start;
  private final int end;
  private final int depth;
  private final Map<String, Binding> bindings = new HashMap<>(4);

  /** A declaration and the first token index where its name means it. */
  private record Binding(Declaration declaration, int visibleFrom) {}

  Scope(Scope parent, int start, int end) {
    this.parent = parent;
    this.start = start;
    this.end = end;
    this.depth = parent == null ? 0 : parent.depth + 1;
  }

  /** The enclosing scope; empty for the file's scope. */
  public Optional<Scope> parent() {
    return Optional.ofNullable(parent);
  }

  /** The first token index of the scope's extent. */
  public int start() {
    return start;
  }

  /** The last token index of the scope's extent. */
  public int end() {
    return end;
  }

  /** The declarations made in this scope, in no particular order. */
  public List<Declaration> declarations() {
    List<Declaration> out = new ArrayList<>(bindings.size());
    bindings.values().forEach(b -> out.add(b.declaration()));
    return Collections.unmodifiableList(out);
  }

  Scope parentOrNull() {
    return parent;
  }

  int depth() {
    return depth;
  }

  boolean contains(int tokenIndex) {
    return start <= tokenIndex && tokenIndex <= end;
  }

  /** Whether the name is declared in this very scope (visible yet or not). */
  boolean declares(String name) {
    return bindings.containsKey(name);
  }

  /** Binds a name; the first declaration of a name in a scope stays, as Go has no redeclaring. */
  void bind(Declaration declaration, int visibleFrom) {
    bindings.putIfAbsent(declaration.name(), new Binding(declaration, visibleFrom));
  }

  /** The declaration the name has here at the token index, if it is declared and visible. */
  Declaration visibleAt(String name, int tokenIndex) {
    Binding b = bindings.get(name);
    return b != null && b.visibleFrom() <= tokenIndex ? b.declaration() : null;
  }
}
