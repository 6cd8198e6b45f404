package dev.gofix.match;

import dev.gofix.syntax.GoParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/** The results of a function declaration, method or function literal, read from its signature. */
public final class Results {
  private Results() {}

  /** The signature of a function node, or null. */
  static GoParser.SignatureContext signature(ParserRuleContext function) {
    if (function instanceof GoParser.FunctionDeclContext f) {
      return f.signature();
    }
    if (function instanceof GoParser.MethodDeclContext m) {
      return m.signature();
    }
    if (function instanceof GoParser.OperandContext o) {
      return o.signature();
    }
    if (function instanceof GoParser.HeaderOperandContext o) {
      return o.signature();
    }
    return null;
  }

  /** One type node per result, in order: {@code (a, b int, err error)} gives int, int, error. */
  public static List<ParseTree> types(ParserRuleContext function) {
    GoParser.SignatureContext sig = signature(function);
    List<ParseTree> out = new ArrayList<>();
    if (sig == null || sig.result() == null) {
      return out;
    }
    GoParser.ResultContext r = sig.result();
    if (r.parameters() == null) {
      out.add(r);
      return out;
    }
    List<GoParser.ParameterDeclContext> decls = r.parameters().parameterDecl();
    boolean named = decls.stream().anyMatch(d -> d.IDENTIFIER() != null);
    int pending = 0;
    for (GoParser.ParameterDeclContext d : decls) {
      if (named && d.IDENTIFIER() == null) {
        pending++; // a name whose type comes later: "a, b int"
        continue;
      }
      for (int i = 0; i <= pending; i++) {
        out.add(d.type_());
      }
      pending = 0;
    }
    return out;
  }

  /** The names of named results, in order (empty for unnamed results). */
  public static List<ParseTree> names(ParserRuleContext function) {
    GoParser.SignatureContext sig = signature(function);
    List<ParseTree> out = new ArrayList<>();
    if (sig == null || sig.result() == null || sig.result().parameters() == null) {
      return out;
    }
    List<GoParser.ParameterDeclContext> decls = sig.result().parameters().parameterDecl();
    if (decls.stream().noneMatch(d -> d.IDENTIFIER() != null)) {
      return out;
    }
    for (GoParser.ParameterDeclContext d : decls) {
      out.add(d.IDENTIFIER() != null ? d.IDENTIFIER() : d.type_());
    }
    return out;
  }

  /** The innermost function declaration, method or function literal holding a node. */
  public static java.util.Optional<ParserRuleContext> enclosingFunction(ParseTree node) {
    return DataFlow.enclosingFunction(node);
  }
}
