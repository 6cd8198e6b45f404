package dev.gofix.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The metavariables bound so far while matching, with an undo log so that a failed branch of a
 * list match can be rolled back cheaply.
 */
public final class Bindings {
  private final Map<String, Binding> byName = new LinkedHashMap<>();
  private final List<String> log = new ArrayList<>();

  public Bindings() {}

  public Bindings(Bindings other) {
    byName.putAll(other.byName);
  }

  public Optional<Binding> get(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public Set<String> names() {
    return byName.keySet();
  }

  /** Binds a name that is not bound yet. */
  public void put(Binding binding) {
    if (byName.putIfAbsent(binding.name(), binding) == null) {
      log.add(binding.name());
    }
  }

  int mark() {
    return log.size();
  }

  void rollback(int mark) {
    while (log.size() > mark) {
      byName.remove(log.remove(log.size() - 1));
    }
  }

  @Override
  public String toString() {
    return byName.toString();
  }
}
