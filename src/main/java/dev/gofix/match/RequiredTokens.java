package dev.gofix.match;

import dev.gofix.syntax.GoLexer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The tokens that every match of a rule must contain, derived from its compiled patterns: a cheap
 * test of a file's text that tells, before parsing, that the file cannot match.
 *
 * <p>The matcher compares a pattern's tokens with the code's by type and text, and every token of
 * a pattern outside its metavariables takes part in a match, except the separators it skips
 * (semicolons and commas). So a file whose text lacks one of those tokens has no match. The same
 * holds for the patterns of the constraints a match must meet in the same file: a metavariable's
 * pattern, and {@code inside}, {@code has} and {@code followed-by}; the words a predicate
 * needs in the file ({@link Predicates#requiredWords}); and one at least of the words that a
 * metavariable's regex spells out plainly ({@code ^With(Cancel|Timeout)$}, {@link #wordsMatching}).
 * Negated constraints require nothing. Tokens made only of ASCII letters, digits and underscores (identifiers, keywords,
 * numbers) are looked for as whole words: in Go code such a token is never next to another letter,
 * digit or underscore. Other tokens (operators, string literals, identifiers with other letters)
 * are looked for anywhere. Occurrences in strings count (an import path is one), so the test may
 * let through a file that cannot match, but never holds back one that can; {@link Filters} passes
 * over comments, where no match is, while a filter's own searches ({@link #mayMatch}) count them.
 *
 * <p>Tokens that follow each other in a pattern with no metavariable between them follow each
 * other in every match too, with at most spaces, comments, semicolons and commas between (the
 * separators the matcher skips): {@code interface{}} needs {@code interface}, then {@code {},
 * then {@code }}. Each such run must occur in the text.
 *
 * <p>An operator that a pattern has directly inside one of its own brackets is directly inside a
 * bracket of the same kind in every match, since what a metavariable binds is a whole piece of
 * syntax with its brackets balanced: {@code $S[$A:$B]} needs a {@code :} directly inside square
 * brackets, which only a slice expression has (a {@code :} of a composite literal or a
 * {@code case} is inside braces). This is checked, after the tokens, by a scan that skips
 * comments and literals, so it holds back no file that can match either.
 */
public final class RequiredTokens {
  private final List<String> words;
  private final List<String> others;
  private final List<List<String>> runs;
  /** Operators a match has directly inside a bracket, by {@link Nesting#key}. */
  private final List<Integer> nested;
  /** Sets of words of which a match needs one at least, each from a metavariable's regex. */
  private final List<List<String>> oneOf;

  private RequiredTokens(Set<String> words, Set<String> others, List<List<String>> runs, Set<Integer> nested,
      Set<List<String>> oneOf) {
    // Longer tokens first: they are more often missing, and the test stops at the first missing.
    Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
    this.words = words.stream().sorted(longestFirst).toList();
    this.others = others.stream().sorted(longestFirst).toList();
    List<List<String>> sorted = new ArrayList<>(runs);
    sorted.sort(Comparator.comparingInt((List<String> r) -> String.join("", r).length()).reversed());
    this.runs = List.copyOf(sorted);
    this.nested = nested.stream().sorted().toList();
    this.oneOf = List.copyOf(oneOf);
  }

  /** The tokens any match of the pattern must contain. */
  public static RequiredTokens of(Pattern pattern) {
    return of(pattern, List.of());
  }

  /**
   * The tokens any match of the pattern that meets the constraints must contain in its own text:
   * from the pattern, and from the constraints about the match's parts (a metavariable's pattern
   * or regex, {@code has}). A test of a function body: the constraints about the rest of the
   * file (an import, words a predicate needs) may be met outside it.
   */
  public static RequiredTokens ofMatchText(Pattern pattern, List<Constraint> where) {
    return of(pattern, where.stream()
        .filter(c -> c instanceof Constraint.MetavariablePattern || c instanceof Constraint.TextMatches
            || (c instanceof Constraint.Related r && r.relation() == Constraint.Relation.HAS))
        .toList());
  }

  /** The tokens any match of the pattern that meets the constraints must contain. */
  public static RequiredTokens of(Pattern pattern, List<Constraint> where) {
    List<Pattern> patterns = new ArrayList<>();
    patterns.add(pattern);
    Set<String> paths = new LinkedHashSet<>();
    Set<String> predicateWords = new LinkedHashSet<>();
    Set<List<String>> oneOf = new LinkedHashSet<>();
    for (Constraint c : where) {
      if (c instanceof Constraint.TextMatches t && !t.negated()) {
        wordsMatching(t.regex()).ifPresent(oneOf::add);
      } else if (c instanceof Constraint.PackageIs pkg) {
        // The file imports the package: its path is written in the file's text, between quotes
        // (so a path such as "context" is a whole word there, which the one scan finds).
        paths.add(pkg.path());
      } else if (c instanceof Constraint.MetavariablePattern mp) {
        patterns.add(mp.pattern());
      } else if (c instanceof Constraint.Related r
          && (r.relation() == Constraint.Relation.INSIDE
              || r.relation() == Constraint.Relation.HAS
              || r.relation() == Constraint.Relation.FOLLOWED_BY)) {
        patterns.add(r.pattern());
      } else if (c instanceof Constraint.Predicate p && !p.negated()) {
        predicateWords.addAll(Predicates.requiredWords(p.name(), p.arguments()));
      }
    }
    Set<String> words = new LinkedHashSet<>(predicateWords);
    Set<String> others = new LinkedHashSet<>();
    for (String path : paths) {
      (isWord(path) ? words : others).add(path);
    }
    Set<List<String>> runs = new LinkedHashSet<>();
    Set<Integer> nested = new java.util.TreeSet<>();
    for (Pattern p : patterns) {
      nested.addAll(Nesting.required(p.leaves()));
      List<String> run = new ArrayList<>();
      for (String leaf : p.leaves()) {
        if (leaf == null) {
          if (!run.isEmpty()) {
            runs.add(List.copyOf(run));
          }
          run.clear();
        } else {
          (isWord(leaf) ? words : others).add(leaf);
          run.add(leaf);
        }
      }
      if (!run.isEmpty()) {
        runs.add(List.copyOf(run));
      }
    }
    // A set of one word is a word like any other.
    for (List<String> set : List.copyOf(oneOf)) {
      if (set.size() == 1) {
        words.add(set.get(0));
        oneOf.remove(set);
      }
    }
    return new RequiredTokens(words, others, List.copyOf(runs), nested, oneOf);
  }

  /** The most words {@link #wordsMatching} spells out of one regex. */
  private static final int MAX_REGEX_WORDS = 64;

  /**
   * The words that a text the regex finds must be, when the regex plainly lists them: anchored
   * at both ends, no flags, and between the anchors only letters, digits and '_', and groups of
   * such alternatives, optional or not: {@code ^_$}, {@code ^With(Cancel|Timeout)(Cause)?$}.
   * Else empty, as when the empty text matches. A metavariable whose text is such a word binds
   * one token, an identifier, keyword or number, which is then a whole word of the file.
   */
  static java.util.Optional<List<String>> wordsMatching(java.util.regex.Pattern regex) {
    String r = regex.pattern();
    int end = r.length() - 1;
    if (regex.flags() != 0 || r.length() < 2 || r.charAt(0) != '^' || r.charAt(end) != '$') {
      return java.util.Optional.empty();
    }
    List<String> words = List.of("");
    int i = 1;
    while (i < end) {
      List<String> options = new ArrayList<>();
      if (isWordChar(r.charAt(i))) {
        int j = i;
        while (j < end && isWordChar(r.charAt(j))) {
          j++;
        }
        options.add(r.substring(i, j));
        i = j;
      } else if (r.charAt(i) == '(') {
        int close = r.indexOf(')', i);
        if (close < 0 || close > end) {
          return java.util.Optional.empty();
        }
        String inner = r.substring(r.startsWith("(?:", i) ? i + 3 : i + 1, close);
        for (String alternative : inner.split("\\|", -1)) {
          if (!isWord(alternative)) { // letters, digits and '_' only, or nothing
            return java.util.Optional.empty();
          }
          options.add(alternative);
        }
        i = close + 1;
        if (i < end && r.charAt(i) == '?') {
          options.add("");
          i++;
        }
      } else {
        return java.util.Optional.empty();
      }
      List<String> longer = new ArrayList<>();
      for (String w : words) {
        for (String o : options) {
          if (!longer.contains(w + o)) {
            longer.add(w + o);
          }
        }
      }
      if (longer.size() > MAX_REGEX_WORDS) {
        return java.util.Optional.empty();
      }
      words = longer;
    }
    if (words.contains("")) {
      return java.util.Optional.empty(); // the empty text matches: nothing is needed
    }
    return java.util.Optional.of(List.copyOf(words));
  }

  /**
   * The names in a type as recipes write it, with packages as import paths: {@code error} gives
   * {@code error}, {@code map[string]net/http.Handler} gives {@code map}, {@code string} and
   * {@code Handler} (a file names the package by its own name, or another).
   */
  static List<String> namesOutsideImportPaths(String type) {
    List<String> names = new ArrayList<>();
    int i = 0;
    while (i < type.length()) {
      if (!isWordChar(type.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < type.length() && isWordChar(type.charAt(i))) {
        i++;
      }
      boolean inPath = (start > 0 && type.charAt(start - 1) == '/')
          || (i < type.length() && (type.charAt(i) == '.' || type.charAt(i) == '/'));
      if (!inPath) {
        names.add(type.substring(start, i));
      }
    }
    return names;
  }

  /**
   * Adds a pattern tree's leaves in order to {@code leaves}: a token's text, or null for a
   * metavariable (separators are left out).
   */
  static void leaves(ParseTree node, List<String> leaves) {
    if (Metavariables.of(node).isPresent()) {
      leaves.add(null);
      return;
    }
    if (node instanceof TerminalNode t) {
      leaf(t.getSymbol(), leaves);
      return;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      leaves(node.getChild(i), leaves);
    }
  }

  /** Adds one token of a pattern to {@code leaves}, as {@link #leaves(ParseTree, List)} does. */
  static void leaf(Token s, List<String> leaves) {
    if (Metavariables.ofIdentifier(s).isPresent()) {
      leaves.add(null);
      return;
    }
    int type = s.getType();
    String text = s.getText();
    if (type == GoLexer.SEMI || type == GoLexer.COMMA || type == Token.EOF || text == null || text.isEmpty()) {
      return;
    }
    leaves.add(text);
  }

  /** The whole words (identifiers, keywords, numbers) a match needs, longest first. */
  public List<String> words() {
    return words;
  }

  /** The other tokens a match needs (operators, literals), longest first. */
  public List<String> others() {
    return others;
  }

  /** The runs of tokens that follow each other in every match, longest first. */
  public List<List<String>> runs() {
    return runs;
  }

  /** The sets of words of which a match needs one at least. */
  public List<List<String>> oneOf() {
    return oneOf;
  }

  /** The operators a match has directly inside a bracket, as {@code [:} (bracket, then operator). */
  public List<String> nested() {
    return nested.stream().map(Nesting::describe).toList();
  }

  /**
   * False when the text lacks a required token or run of tokens, so that no match can be in it.
   * Each call searches the text anew; {@link Filters} answers many filters in one pass.
   */
  public boolean mayMatch(String text) {
    return mayMatch(new Text(text));
  }

  /**
   * The pre-filters of a run, answered together: the words and operator tokens they need are
   * found in one scan of a text (each maximal run of ASCII letters, digits and '_' looked up among
   * the words, each other ASCII character among the operators that start with it); any other token
   * and each run is searched for once, however many filters need it.
   *
   * <p>The scan follows the brackets as it goes ({@link Nesting.Tracker}) and passes over
   * comments: a word or operator in a comment is no code, so the filters answer as they would for
   * the text without its comments (a run of tokens is still searched in the whole text, which can
   * only let more texts through).
   */
  public static final class Filters {
    private final List<RequiredTokens> filters;
    /** The filters for pieces of a text ({@link Answers#piece}), such as function bodies. */
    private final List<RequiredTokens> pieceFilters;
    /** {@link #filters} and {@link #pieceFilters} with their tokens as indexes into what the scan finds. */
    private final Indexed[] indexed;
    private final Indexed[] indexedPieces;
    /**
     * The wanted words in an open-addressing table with at least {@link #WORD_SLOTS_PER_WORD}
     * slots per word (a power of two in all): per slot the word's bytes, its {@link #hash} and its
     * index ({@code -1}: empty). Looking up a word of the text that is not wanted nearly always
     * ends at its first slot.
     */
    private final byte[][] slotWord;
    private final int[] slotHash;
    private final int[] slotIndex;
    /**
     * Per byte of the text: {@link #WORD} for ASCII letters, digits and '_'; {@link #LOOK} for a
     * character that starts a wanted other token or that the bracket tracker needs; else 0.
     */
    private final byte[] action = new byte[256];
    /**
     * Per ASCII character, the lengths (bits 1 to 63; bit 0 for 64 and longer) of the wanted words
     * that start with it: most words of a text are passed by on this, without a hash.
     */
    private final long[] lengthsByFirst = new long[128];
    private final java.util.Map<String, Integer> wordIndex = new java.util.HashMap<>();
    /**
     * Per ASCII character, the wanted other tokens that start with it and not with a word
     * character (those are looked for alone, as they may start inside a word), and their indexes.
     * Tokens are held one byte per char, as the scan compares them ({@link Nesting#latin1}).
     */
    private final byte[][][] otherBytesByFirst = new byte[128][][];
    private final int[][] otherIndexByFirst = new int[128][];
    private final java.util.Map<String, Integer> otherIndex = new java.util.HashMap<>();

    public Filters(List<RequiredTokens> filters) {
      this(filters, List.of());
    }

    /**
     * Filters for whole texts, and filters for pieces of them ({@link Answers#piece}): the tokens
     * of both are found in one scan.
     */
    public Filters(List<RequiredTokens> filters, List<RequiredTokens> pieceFilters) {
      this.filters = List.copyOf(filters);
      this.pieceFilters = List.copyOf(pieceFilters);
      List<RequiredTokens> all = new ArrayList<>(filters);
      all.addAll(pieceFilters);
      java.util.Set<String> others = new LinkedHashSet<>();
      for (RequiredTokens f : all) {
        for (String w : f.words) {
          wordIndex.putIfAbsent(w, wordIndex.size());
        }
        for (List<String> set : f.oneOf) {
          for (String w : set) {
            wordIndex.putIfAbsent(w, wordIndex.size());
          }
        }
        for (String o : f.others) {
          if (o.charAt(0) < 128 && !isWordChar(o.charAt(0))) {
            others.add(o);
          }
        }
      }
      // One bit set for both: the others are numbered after the words.
      List<List<String>> byFirst = new ArrayList<>();
      for (int c = 0; c < 128; c++) {
        byFirst.add(new ArrayList<>());
      }
      for (String o : others) {
        otherIndex.put(o, wordIndex.size() + otherIndex.size());
        byFirst.get(o.charAt(0)).add(o);
      }
      for (int c = 0; c < 128; c++) {
        if (!byFirst.get(c).isEmpty()) {
          otherIndexByFirst[c] = byFirst.get(c).stream().mapToInt(otherIndex::get).toArray();
          otherBytesByFirst[c] = byFirst.get(c).stream().map(Nesting::latin1).toArray(byte[][]::new);
        }
      }
      int slots = Integer.highestOneBit(Math.max(1, wordIndex.size()) * WORD_SLOTS_PER_WORD * 2 - 1);
      this.slotWord = new byte[slots][];
      this.slotHash = new int[slots];
      this.slotIndex = new int[slots];
      java.util.Arrays.fill(slotIndex, -1);
      wordIndex.forEach((w, index) -> {
        byte[] bytes = Nesting.latin1(w);
        lengthsByFirst[bytes[0] & 0x7f] |= bytes.length < 64 ? 1L << bytes.length : 1L;
        int h = hash(bytes);
        int slot = mix(h) & (slots - 1);
        while (slotIndex[slot] >= 0) {
          slot = (slot + 1) & (slots - 1);
        }
        slotWord[slot] = bytes;
        slotHash[slot] = h;
        slotIndex[slot] = index;
      });
      for (int c = 0; c < 128; c++) {
        if (isWordChar((char) c)) {
          action[c] = WORD;
        } else if (otherBytesByFirst[c] != null || Nesting.matters(c)) {
          action[c] = LOOK;
        }
      }
      this.indexed = this.filters.stream().map(this::indexed).toArray(Indexed[]::new);
      this.indexedPieces = this.pieceFilters.stream().map(this::indexed).toArray(Indexed[]::new);
    }

    private static final int WORD_SLOTS_PER_WORD = 4;
    private static final byte WORD = 1;
    private static final byte LOOK = 2;

    /** The hash of a word as the scan computes it on the fly. */
    private static int hash(byte[] word) {
      int h = 0;
      for (byte b : word) {
        h = 31 * h + b;
      }
      return h;
    }

    private static int mix(int h) {
      return h ^ (h >>> 7) ^ (h >>> 16);
    }

    /**
     * A filter with the tokens the scan looks for as indexes into what it found ({@link
     * #wordIndex}, {@link #otherIndex}); an other token the scan does not look for is -1, and is
     * searched for alone.
     */
    private record Indexed(RequiredTokens filter, int[] words, int[] others, int[][] oneOf, int[] nested) {}

    private Indexed indexed(RequiredTokens f) {
      int[] words = f.words.stream().mapToInt(wordIndex::get).toArray();
      int[] others = f.others.stream().mapToInt(o -> otherIndex.getOrDefault(o, -1)).toArray();
      int[][] oneOf = f.oneOf.stream().map(set -> set.stream().mapToInt(wordIndex::get).toArray()).toArray(int[][]::new);
      int[] nested = f.nested.stream().mapToInt(Integer::intValue).toArray();
      return new Indexed(f, words, others, oneOf, nested);
    }

    /** {@link RequiredTokens#mayMatch(Text)} from the scan's answers, with no lookup by text. */
    private static boolean mayMatch(Indexed f, Text t) {
      boolean[] found = t.scanned().tokens();
      for (int k : f.words) {
        if (!found[k]) {
          return false;
        }
      }
      for (int j = 0; j < f.others.length; j++) {
        int k = f.others[j];
        if (k >= 0 ? !found[k] : !t.has(f.filter.others.get(j))) {
          return false;
        }
      }
      for (int[] set : f.oneOf) {
        boolean any = false;
        for (int k : set) {
          any |= found[k];
        }
        if (!any) {
          return false;
        }
      }
      boolean[] nested = t.scanned().nested();
      for (int key : f.nested) {
        if (!nested[key]) {
          return false;
        }
      }
      List<List<String>> runs = f.filter.runs;
      for (int r = 0; r < runs.size(); r++) {
        List<String> run = runs.get(r);
        if (run.size() > 1 && !t.hasRun(run)) {
          return false;
        }
      }
      return true;
    }

    /** Whether any filter may match in the text. */
    public boolean any(String text) {
      Text t = new Text(text, this);
      for (Indexed f : indexed) {
        if (mayMatch(f, t)) {
          return true;
        }
      }
      return false;
    }

    /** Which filters may match in the text, in order. */
    public boolean[] which(String text) {
      return which(indexed, new Text(text, this));
    }

    /**
     * The answers for a text and for pieces of it, such as its function bodies, from one scan of
     * the text: it answers the piece filters for each block in braces at the top level too.
     */
    public Answers answers(String text) {
      return new Answers(text);
    }

    /** {@link #answers}. */
    public final class Answers {
      private final String text;
      private final byte[] bytes;
      private final Text whole;
      /** The top-level blocks in braces, in order: the indexes of their braces, and what the scan found in each. */
      private List<Block> blocks;

      private Answers(String text) {
        this.text = text;
        this.bytes = Nesting.latin1(text);
        this.whole = new Text(text, bytes, 0, bytes.length, Filters.this);
      }

      /** Which filters may match in the whole text, in order. */
      public boolean[] whole() {
        return which(indexed, whole);
      }

      /** Whether one at least of the piece filters numbered {@code which} may match in {@code text[from, to)}. */
      public boolean piece(int from, int to, int[] which) {
        Text t;
        if (bytes.length != text.length()) {
          // A char beyond 16 bits is two chars and one byte: then the indexes do not match.
          t = new Text(text.substring(from, to), Filters.this);
        } else {
          t = new Text(text, bytes, from, to, Filters.this);
          Block block = block(from);
          if (block != null && block.close == to - 1) {
            t.indexed = block.scanned;
          }
        }
        for (int i : which) {
          if (mayMatch(indexedPieces[i], t)) {
            return true;
          }
        }
        return false;
      }

      /** The text one byte per char, as the scan reads it: a char beyond Latin-1 is one '?'. */
      public byte[] bytes() {
        return bytes;
      }

      /**
       * The index of the brace that closes the top-level block opening at {@code open}, as the
       * scan found it (it skips comments and literals), or -1.
       */
      public int blockEnd(int open) {
        Block block = bytes.length == text.length() ? block(open) : null;
        return block == null ? -1 : block.close;
      }

      /** The indexes of the braces of the top-level blocks, in order: those {@link #piece} answers from the one scan. */
      List<List<Integer>> blocks() {
        block(-1);
        return blocks.stream().map(b -> List.of(b.open, b.close)).toList();
      }

      /** The top-level block whose opening brace is at {@code open}, or null. */
      private Block block(int open) {
        if (blocks == null) {
          whole.scanned();
          blocks = whole.blocks == null ? List.of() : whole.blocks;
        }
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo <= hi) {
          int mid = (lo + hi) >>> 1;
          int at = blocks.get(mid).open;
          if (at == open) {
            return blocks.get(mid);
          } else if (at < open) {
            lo = mid + 1;
          } else {
            hi = mid - 1;
          }
        }
        return null;
      }
    }

    /** A block in braces at the top level of a text: its braces' indexes, and what the scan found from one to the other. */
    private record Block(int open, int close, Scanned scanned) {}

    private static boolean[] which(Indexed[] filters, Text t) {
      boolean[] may = new boolean[filters.length];
      for (int i = 0; i < may.length; i++) {
        may[i] = mayMatch(filters[i], t);
      }
      return may;
    }

    /**
     * The wanted words that occur in the text as whole words, and the wanted other tokens that
     * occur in it anywhere, by {@link #wordIndex} and {@link #otherIndex}, comments aside; and the
     * operators directly inside brackets ({@link Nesting}). One pass over the text one byte per
     * char, in which a token already found is not compared again.
     */
    Scanned scan(String text) {
      byte[] b = Nesting.latin1(text);
      return scan(b, 0, b.length, null);
    }

    /**
     * {@link #scan(String)} of the bytes {@code b[from, to)}; when {@code blocks} is not null,
     * each block in braces at the top level is added to it with what was found in it alone
     * (from its opening brace to its closing one).
     */
    private Scanned scan(byte[] b, int from, int to, List<Block> blocks) {
      boolean[] found = new boolean[wordIndex.size() + otherIndex.size()];
      Nesting.Tracker brackets = new Nesting.Tracker(b);
      boolean[] outside = null; // while in a top-level block: what was found outside it
      boolean[] outsideNested = null;
      int blockOpen = -1;
      byte[] action = this.action;
      int mask = slotIndex.length - 1;
      int n = to;
      int i = from;
      while (i < n) {
        int c = b[i] & 0xff;
        int act = action[c];
        if (act == 0) {
          i++;
        } else if (act == WORD) {
          int start = i;
          do {
            i++;
          } while (i < n && action[b[i] & 0xff] == WORD);
          int length = i - start;
          if (((length < 64 ? lengthsByFirst[c] >>> length : lengthsByFirst[c]) & 1) == 0) {
            continue; // no wanted word starts with this letter and has this length
          }
          int h = 0;
          for (int k = start; k < i; k++) {
            h = 31 * h + b[k];
          }
          for (int slot = mix(h) & mask; slotIndex[slot] >= 0; slot = (slot + 1) & mask) {
            // A word found before is not compared again: the common ones ("if", "func") recur.
            if (slotHash[slot] == h && !found[slotIndex[slot]] && equalsAt(b, start, i, slotWord[slot])) {
              found[slotIndex[slot]] = true;
              break;
            }
          }
        } else {
          // letters, digits, '_' and white space are nothing to the bracket tracker
          int event = brackets.at(i);
          if (event == Nesting.Tracker.COMMENT) {
            i = brackets.next(); // a comment's words are no code
            continue;
          }
          if (blocks != null && event == Nesting.Tracker.OPENED_TOP_BRACE) {
            outside = found;
            outsideNested = brackets.found;
            found = new boolean[found.length];
            brackets.found = new boolean[Nesting.KEYS];
            blockOpen = i;
          }
          byte[][] others = otherBytesByFirst[c];
          if (others != null) {
            int[] indexes = otherIndexByFirst[c];
            for (int k = 0; k < others.length; k++) {
              if (!found[indexes[k]] && startsWith(b, i, others[k])) {
                found[indexes[k]] = true;
              }
            }
          }
          if (outside != null && event == Nesting.Tracker.BACK_AT_TOP) {
            blocks.add(new Block(blockOpen, i, new Scanned(found, brackets.found)));
            found = or(outside, found);
            brackets.found = or(outsideNested, brackets.found);
            outside = null;
          }
          i++;
        }
      }
      if (outside != null) { // a block not closed
        found = or(outside, found);
        brackets.found = or(outsideNested, brackets.found);
      }
      return new Scanned(found, brackets.found);
    }

    /** {@code into} with what {@code more} has set too. */
    private static boolean[] or(boolean[] into, boolean[] more) {
      for (int k = 0; k < into.length; k++) {
        into[k] |= more[k];
      }
      return into;
    }

    /** Whether {@code text[from, to)} is the word. */
    private static boolean equalsAt(byte[] text, int from, int to, byte[] word) {
      return to - from == word.length && startsWith(text, from, word);
    }

    private static boolean startsWith(byte[] text, int at, byte[] token) {
      if (at + token.length > text.length) {
        return false;
      }
      for (int j = 0; j < token.length; j++) {
        if (text[at + j] != token[j]) {
          return false;
        }
      }
      return true;
    }
  }

  /** What {@link Filters#scan} found: tokens by index, and operators in brackets by key. */
  private record Scanned(boolean[] tokens, boolean[] nested) {}

  private boolean mayMatch(Text text) {
    for (String w : words) {
      if (!text.hasWord(w)) {
        return false;
      }
    }
    for (String o : others) {
      if (!text.has(o)) {
        return false;
      }
    }
    for (List<String> set : oneOf) {
      if (!anyWord(text, set)) {
        return false;
      }
    }
    // The operators in brackets before the runs: the scan has found them already, while a run
    // is searched for in the text.
    for (int key : nested) {
      if (!text.nested()[key]) {
        return false;
      }
    }
    for (List<String> run : runs) {
      if (run.size() > 1 && !text.hasRun(run)) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyWord(Text text, List<String> set) {
    for (String w : set) {
      if (text.hasWord(w)) {
        return true;
      }
    }
    return false;
  }

  /** A file's text with the answers to the searches made in it so far. */
  private static final class Text {
    /** The text, or the whole of which it is the piece {@code [from, to)}. */
    private final String whole;
    /** The whole text's bytes ({@link Nesting#latin1}), or null: then the scan makes the text's own. */
    private final byte[] bytes;
    private final int from;
    private final int to;
    private String text;
    /** The filters whose tokens are found in one scan, or null: then each is searched alone. */
    final Filters index;
    Scanned indexed;
    /** The top-level blocks of a whole text scanned for the piece filters, or null. */
    List<Filters.Block> blocks;
    /** The answers of the searches made alone, once asked. */
    private java.util.Map<Object, Boolean> searched;
    /** {@link Nesting#scan} of the text, once asked. */
    boolean[] nested;

    Text(String text) {
      this(text, null);
    }

    Text(String text, Filters index) {
      this(text, null, 0, text.length(), index);
    }

    Text(String whole, byte[] bytes, int from, int to, Filters index) {
      this.whole = whole;
      this.bytes = bytes;
      this.from = from;
      this.to = to;
      this.index = index;
    }

    private String text() {
      if (text == null) {
        text = from == 0 && to == whole.length() ? whole : whole.substring(from, to);
      }
      return text;
    }

    private boolean searched(Object key, java.util.function.Predicate<String> search) {
      if (searched == null) {
        searched = new java.util.HashMap<>();
      }
      return searched.computeIfAbsent(key, k -> search.test(text()));
    }

    /** Whether the word occurs, searched in the text (a filter's own search). */
    boolean hasWord(String w) {
      return searched("w" + w, t -> containsWord(t, w));
    }

    /** Whether the token occurs, searched in the text (the scan answers the tokens it looks for). */
    boolean has(String o) {
      return searched("o" + o, t -> t.contains(o));
    }

    private Scanned scanned() {
      if (indexed == null) {
        if (bytes == null) {
          indexed = index.scan(text());
        } else {
          boolean wholeText = from == 0 && to == bytes.length && !index.pieceFilters.isEmpty();
          blocks = wholeText ? new ArrayList<>() : null;
          indexed = index.scan(bytes, from, to, blocks);
        }
      }
      return indexed;
    }

    boolean hasRun(List<String> run) {
      return searched(run, t -> containsRun(t, run));
    }

    /** The operators in brackets, found alone (a filter's own search; the scan answers them for {@link Filters}). */
    boolean[] nested() {
      if (nested == null) {
        nested = Nesting.scan(text());
      }
      return nested;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequiredTokens r && words.equals(r.words) && others.equals(r.others) && runs.equals(r.runs)
        && nested.equals(r.nested) && oneOf.equals(r.oneOf);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(words, others, runs, nested, oneOf);
  }

  /** Whether the tokens occur in order with only spaces, comments, ';' and ',' between. */
  static boolean containsRun(String text, List<String> run) {
    if (run.size() > 1 && run.get(0).length() == 1 && !isWord(run.get(0)) && isWord(run.get(1))) {
      return containsRunFromSecond(text, run);
    }
    return containsRunFromFirst(text, run);
  }

  /**
   * {@link #containsRun} for a run such as {@code . Get (}, whose first token is a one-character
   * operator found all over a file and whose second is a word, found much less: the search goes
   * from each place of the word, back over the gap before it to the first token.
   * Where the gap may hold a comment (a line end or a slash in it) the search forward decides.
   */
  private static boolean containsRunFromSecond(String text, List<String> run) {
    String first = run.get(0);
    String word = run.get(1);
    for (int i = next(text, word, 0, true); i >= 0; i = next(text, word, i + 1, true)) {
      int j = i - 1;
      while (j >= 0 && " \t;,".indexOf(text.charAt(j)) >= 0) {
        j--;
      }
      if (j < 0) {
        continue;
      }
      char c = text.charAt(j);
      if (c == '\n' || c == '\r' || c == '/') {
        return containsRunFromFirst(text, run);
      }
      int start = j - first.length() + 1;
      if (start >= 0 && text.startsWith(first, start) && runAt(text, start, run)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #containsRun} searching from each place of the run's first token. */
  static boolean containsRunFromFirst(String text, List<String> run) {
    String first = run.get(0);
    boolean word = isWord(first);
    for (int i = next(text, first, 0, word); i >= 0; i = next(text, first, i + 1, word)) {
      if (runAt(text, i, run)) {
        return true;
      }
    }
    return false;
  }

  /** The next index from {@code from} on where {@code t} occurs (as a whole word if asked), or -1. */
  private static int next(String text, String t, int from, boolean wholeWord) {
    for (int i = text.indexOf(t, from); i >= 0; i = text.indexOf(t, i + 1)) {
      if (!wholeWord || wordAt(text, i, t)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the run occurs from {@code i}, where its first token is. */
  private static boolean runAt(String text, int i, List<String> run) {
    int at = i + run.get(0).length();
    for (int k = 1; k < run.size(); k++) {
      at = skipGap(text, at);
      String t = run.get(k);
      if (at < 0 || !text.startsWith(t, at) || (isWord(t) && !wordAt(text, at, t))) {
        return false;
      }
      at += t.length();
    }
    return true;
  }

  /** The index after spaces, comments, semicolons and commas from {@code i}; -1 in an open comment. */
  private static int skipGap(String text, int i) {
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == ';' || c == ',') {
        i++;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        int end = text.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        if (end < 0) {
          return -1;
        }
        i = end + 2;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean wordAt(String text, int i, String w) {
    int end = i + w.length();
    return (i == 0 || !isWordChar(text.charAt(i - 1))) && (end == text.length() || !isWordChar(text.charAt(end)));
  }

  private static boolean isWord(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isWordChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWordChar(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Whether {@code w} occurs with no ASCII letter, digit or underscore right before or after. */
  static boolean containsWord(String text, String w) {
    return next(text, w, 0, true) >= 0;
  }

  @Override
  public String toString() {
    return "words " + words + ", others " + others + ", runs " + runs + ", nested " + nested() + ", one of " + oneOf;
  }
}
