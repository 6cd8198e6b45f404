package dev.gofix.recipe;

import dev.gofix.resolve.Declaration;
import dev.gofix.resolve.FileScope;
import dev.gofix.resolve.Lookup;
import dev.gofix.resolve.TypeDescription;
import dev.gofix.syntax.GoLexer;
import dev.gofix.syntax.GoParser;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * How the type of a variable can be written elsewhere in its file: the resolver's spelling of
 * it, accepted only when it needs no spaces (names, qualified names, {@code *}, {@code []},
 * {@code [N]}, {@code map[K]V}, instantiations) and when each name in it means at the new place
 * what it means where the variable is declared.
 */
final class TypeSpelling {
  /** Spellings that gofmt prints exactly as the resolver does: no spaces, no braces, no func. */
  private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{Nd}_.\\[\\]*,]+");

  private static final Pattern NAME = Pattern.compile("(?<![.\\p{L}\\p{Nd}_])[\\p{L}_][\\p{L}\\p{Nd}_]*");

  private final FileScope file;

  TypeSpelling(FileScope file) {
    this.file = file;
  }

  Optional<String> writtenAt(ParseTree expression, boolean element, int tokenIndex) {
    Optional<Declaration> d = variable(expression);
    if (d.isEmpty() || !inThisFile(d.get().node())) {
      return Optional.empty();
    }
    Optional<TypeDescription> type = file.types().typeOf(d.get());
    if (element) {
      type = type.filter(t -> t.kind() == TypeDescription.Kind.SLICE).flatMap(TypeDescription::elem);
    }
    if (type.isEmpty()
        || type.get().kind() == TypeDescription.Kind.UNKNOWN
        || !PLAIN.matcher(type.get().spelled()).matches()) {
      return Optional.empty();
    }
    String spelled = type.get().spelled();
    Matcher names = NAME.matcher(spelled);
    while (names.find()) {
      Lookup there = file.lookup(names.group(), d.get().nameTokenIndex());
      Lookup here = file.lookup(names.group(), tokenIndex);
      if (there.kind() == Lookup.Kind.UNKNOWN
          || there.kind() != here.kind()
          || !there.declaration().equals(here.declaration())) {
        return Optional.empty();
      }
    }
    return Optional.of(spelled);
  }

  boolean sliceTypeParameter(ParseTree expression) {
    Optional<Declaration> d = variable(expression);
    if (d.isEmpty() || d.get().type().isEmpty()
        || !(d.get().type().get() instanceof GoParser.Type_Context t)
        || t.typeName() == null || t.typeName().IDENTIFIER().size() != 1) {
      return false;
    }
    Optional<Declaration> param = file.declarationOf(t.typeName().IDENTIFIER(0).getSymbol())
        .filter(p -> p.kind() == Declaration.Kind.TYPE_PARAM);
    if (param.isEmpty() || !(param.get().node() instanceof GoParser.TypeParamDeclContext decl)) {
      return false;
    }
    GoParser.TypeElemContext elem = decl.typeConstraint().typeElem();
    if (elem.typeTerm().size() != 1) {
      return false;
    }
    GoParser.Type_Context term = elem.typeTerm(0).type_();
    return term.typeLit() != null
        && term.typeLit().arrayOrSliceType() != null
        && term.typeLit().arrayOrSliceType().expression() == null
        && term.typeLit().arrayOrSliceType().ELLIPSIS() == null;
  }

  /** The variable an expression names: an identifier, possibly in parentheses. */
  private Optional<Declaration> variable(ParseTree expression) {
    ParseTree n = expression;
    while (n instanceof ParserRuleContext ctx) {
      if (ctx instanceof GoParser.OperandContext o && o.L_PAREN() != null) {
        n = o.expression();
      } else if (ctx.getChildCount() == 1) {
        n = ctx.getChild(0);
      } else {
        return Optional.empty();
      }
    }
    if (!(n instanceof TerminalNode id) || id.getSymbol().getType() != GoLexer.IDENTIFIER) {
      return Optional.empty();
    }
    return file.declarationOf(id.getSymbol()).filter(Declaration::isVariable);
  }

  private boolean inThisFile(ParserRuleContext node) {
    ParseTree n = node;
    while (n.getParent() != null) {
      n = n.getParent();
    }
    return n == file.file().tree();
  }
}
