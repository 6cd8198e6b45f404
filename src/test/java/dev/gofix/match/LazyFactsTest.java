package dev.gofix.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.Test;

class LazyFactsTest {

  @Test
  void theFactsAreWorkedOutOnceAndOnlyWhenAskedFor() {
    AtomicInteger made = new AtomicInteger();
    Facts lazy = Facts.lazy(() -> {
      made.incrementAndGet();
      return new Facts() {
        @Override
        public Optional<String> kindOf(ParseTree expression) {
          return Optional.of("slice");
        }

        @Override
        public Optional<String> typeOf(ParseTree expression) {
          return Optional.of("[]byte");
        }

        @Override
        public boolean refersTo(ParseTree node, int from, int to) {
          return true;
        }

        @Override
        public boolean predeclared(String name, int tokenIndex) {
          return true;
        }

        @Override
        public boolean packageVariable(int identifierTokenIndex) {
          return true;
        }
      };
    });
    assertEquals(0, made.get());
    assertEquals(Optional.of("slice"), lazy.kindOf(null));
    assertEquals(Optional.of("[]byte"), lazy.typeOf(null));
    assertTrue(lazy.packageVariable(3));
    assertEquals(1, made.get());
  }

  @Test
  void everyQuestionIsPassedOnNotAnsweredByDefault() {
    // A method added to Facts with a default answer must be passed on by LazyFacts too.
    List<String> missing = new ArrayList<>();
    for (Method m : Facts.class.getMethods()) {
      if (Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      try {
        LazyFacts.class.getDeclaredMethod(m.getName(), m.getParameterTypes());
      } catch (NoSuchMethodException e) {
        missing.add(m.getName());
      }
    }
    assertEquals(List.of(), missing);
  }
}
