package dev.gofix.match;

import dev.gofix.syntax.GoParser;
import java.util.Map;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * What kind of node a parse tree node is, for matching: the parse tree class, except that the
 * header twins of if/for/switch ({@code headerExpression}, {@code headerStmt}, …) count as the
 * ordinary rules they mirror, so one pattern matches in both places.
 */
final class NodeKind {
  private static final Map<Class<?>, Class<?>> TWINS = Map.ofEntries(
      Map.entry(GoParser.HeaderStmtContext.class, GoParser.SimpleStmtContext.class),
      Map.entry(GoParser.HeaderExpressionListContext.class, GoParser.ExpressionListContext.class),
      Map.entry(GoParser.HeaderSendTailContext.class, GoParser.SendTailContext.class),
      Map.entry(GoParser.HeaderAssignTailContext.class, GoParser.AssignTailContext.class),
      Map.entry(GoParser.HeaderShortVarDeclTailContext.class, GoParser.ShortVarDeclTailContext.class),
      Map.entry(GoParser.HeaderPrimaryExprContext.class, GoParser.PrimaryExprContext.class),
      Map.entry(GoParser.HeaderUnaryExprContext.class, GoParser.UnaryExprContext.class),
      Map.entry(GoParser.HeaderBinaryExprContext.class, GoParser.BinaryExprContext.class),
      Map.entry(GoParser.HeaderOperandContext.class, GoParser.OperandContext.class),
      Map.entry(GoParser.HeaderExpressionContext.class, GoParser.ExpressionContext.class));

  private NodeKind() {}

  /** The twins by identity: a hash lookup on the class object, read-only after class init. */
  private static final Map<Class<?>, Class<?>> BY_IDENTITY = new java.util.IdentityHashMap<>(TWINS);

  static Class<?> of(ParseTree node) {
    Class<?> c = node.getClass();
    Class<?> twin = BY_IDENTITY.get(c);
    return twin != null ? twin : c;
  }

  /** The parse tree classes of a kind: the kind's own class and its header twins. */
  static java.util.List<Class<?>> classesOf(Class<?> kind) {
    java.util.List<Class<?>> out = new java.util.ArrayList<>();
    out.add(kind);
    TWINS.forEach((twin, ordinary) -> {
      if (ordinary == kind) {
        out.add(twin);
      }
    });
    return out;
  }

  static boolean isPrimary(ParseTree node) {
    return of(node) == GoParser.PrimaryExprContext.class;
  }
}
