package dev.gofix.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofix.recipe.Recipe;
import dev.gofix.recipe.RecipeLoader;
import dev.gofix.recipe.Rule;
import dev.gofix.rewrite.FixAction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.junit.jupiter.api.Test;

/**
 * Built-in patterns are parsed only when first matched; until then their metavariables and the
 * tokens the pre-filter needs come from their text. Both must be what the parsed pattern gives.
 */
class LazyPatternTest {

  @Test
  void everyBuiltInPatternReadFromItsTextIsWhatParsingGives() {
    RecipeLoader.Loaded loaded = new RecipeLoader().builtins();
    assertTrue(loaded.errors().isEmpty(), loaded.errors()::toString);
    List<Pattern> patterns = new ArrayList<>();
    for (Recipe recipe : loaded.recipes()) {
      for (Rule rule : recipe.rules()) {
        patterns.add(rule.match());
        addConstraintPatterns(rule.where(), patterns);
        for (FixAction action : rule.fix()) {
          if (action instanceof FixAction.Each each) {
            patterns.add(each.pattern());
            addConstraintPatterns(each.where(), patterns);
          }
        }
      }
    }
    assertTrue(patterns.size() > 100, "only " + patterns.size() + " built-in patterns found");
    for (Pattern p : patterns) {
      assertFalse(p.isCompiled(), () -> p.source() + " was parsed when loaded");
    }
    for (Pattern p : patterns) {
      List<String> leaves = new ArrayList<>(p.leaves());
      Set<String> names = p.metavariables();
      // Parses it now.
      List<String> parsedLeaves = new ArrayList<>();
      Set<String> parsedNames = new LinkedHashSet<>();
      for (ParseTree root : p.roots()) {
        RequiredTokens.leaves(root, parsedLeaves);
        namesIn(root, parsedNames);
      }
      assertTrue(p.isCompiled());
      assertEquals(parsedLeaves, leaves, () -> "tokens of " + p.source());
      assertEquals(parsedNames, names, () -> "metavariables of " + p.source());
    }
  }

  @Test
  void aLazyPatternThatDoesNotParseFailsWhenFirstMatched() throws PatternException {
    Pattern p = new PatternCompiler().lazy(new PatternSource("f(x", "r.yaml", 3, 12, 0));
    assertEquals(Set.of(), p.metavariables());
    IllegalStateException e = assertThrows(IllegalStateException.class, p::shape);
    assertTrue(e.getMessage().startsWith("r.yaml:3:12: a built-in pattern does not compile: r.yaml:3:15:"),
        e.getMessage());
  }

  @Test
  void userRecipesAreParsedWhenLoaded() {
    // Only built-ins wait: a user recipe's pattern errors are reported before any file is read.
    RecipeLoader.Loaded loaded = new RecipeLoader().loadDirectory(java.nio.file.Path.of("codemods"));
    assertTrue(loaded.errors().isEmpty(), loaded.errors()::toString);
    for (Recipe recipe : loaded.recipes()) {
      for (Rule rule : recipe.rules()) {
        assertTrue(rule.match().isCompiled(), () -> rule.match().source().toString());
      }
    }
  }

  private static void addConstraintPatterns(List<Constraint> where, List<Pattern> out) {
    for (Constraint c : where) {
      if (c instanceof Constraint.Not n) {
        out.add(n.pattern());
      } else if (c instanceof Constraint.Related r) {
        out.add(r.pattern());
      } else if (c instanceof Constraint.MetavariableHas h) {
        out.add(h.pattern());
      } else if (c instanceof Constraint.MetavariablePattern m) {
        out.add(m.pattern());
      } else if (c instanceof Constraint.Some s) {
        out.add(s.pattern());
        addConstraintPatterns(s.where(), out);
      }
    }
  }

  private static void namesIn(ParseTree node, Set<String> names) {
    if (node instanceof TerminalNode t) {
      Metavariables.ofIdentifier(t.getSymbol()).filter(v -> !v.anonymous()).ifPresent(v -> names.add(v.name()));
      return;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      namesIn(node.getChild(i), names);
    }
  }
}
