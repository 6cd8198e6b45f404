package dev.gofix.match;

import dev.gofix.syntax.GoParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Predicates on the variable an expression names, answered by the resolver: {@code
 * type-writable(X)}, {@code named-type(X)}, {@code slice-type-parameter(X)} and {@code
 * parameter(X)}.
 */
final class TypePredicates {
  private static final java.util.regex.Pattern TYPE_NAME =
      java.util.regex.Pattern.compile("(?!(map|chan|func|struct|interface)\\b)[\\p{L}_][\\p{L}\\p{Nd}_.]*(\\[.*\\])?");

  private final Facts facts;

  TypePredicates(Facts facts) {
    this.facts = facts;
  }

  boolean test(String name, ParseTree x, int at) {
    return switch (name) {
      case "type-writable" -> facts.typeWrittenAt(x, false, at).isPresent()
          && (!facts.kindOf(x).equals(java.util.Optional.of("slice"))
              || facts.typeWrittenAt(x, true, at).isPresent());
      case "named-type" -> facts.typeOf(x).map(t -> TYPE_NAME.matcher(t).matches()).orElse(false);
      case "slice-type-parameter" -> facts.sliceTypeParameter(x);
      case "parameter" -> parameter(x);
      default -> throw new IllegalArgumentException("unknown predicate " + name);
    };
  }

  /** Whether X names a parameter, result or receiver of the function around it. */
  private boolean parameter(ParseTree x) {
    for (ParseTree n = x; n != null; n = n.getParent()) {
      ParserRuleContext header = null;
      if (n instanceof GoParser.FunctionDeclContext f) {
        header = f.signature();
      } else if (n instanceof GoParser.MethodDeclContext md) {
        if (facts.refersTo(x, md.receiver().getStart().getTokenIndex(), md.receiver().getStop().getTokenIndex())) {
          return true;
        }
        header = md.signature();
      } else if (Constraints.isFunction(n) && n instanceof GoParser.OperandContext o) {
        header = o.signature();
      } else if (Constraints.isFunction(n) && n instanceof GoParser.HeaderOperandContext o) {
        header = o.signature();
      }
      if (header != null) {
        return facts.refersTo(x, header.getStart().getTokenIndex(), header.getStop().getTokenIndex());
      }
    }
    return false;
  }
}
