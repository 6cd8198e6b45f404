package dev.gofix.syntax;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNSimulator;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * GoParser's prediction DFA as ANTLR builds it over a corpus (GOROOT/src), written to a resource
 * and read at start-up, so that a run does not build it again: each run used to spend about 5 %
 * of its parse work computing the same few thousand DFA states. A DFA state depends only on the
 * grammar and the tokens read from the decision's start (SLL prediction ignores the context), so
 * the table answers for any input; where it has no edge, ANTLR's own prediction carries on.
 *
 * <p>The table is kept only if written from the current grammar: it carries a hash of the
 * serialized ATN, and one that does not match is ignored (PredictionTableTest then fails and
 * says how to write it again).
 */
final class PredictionTable {
  static final String RESOURCE = "prediction-table.bin";
  private static final int MAGIC = 0x476f4446; // "GoDF"

  /** The table in the jar, or an empty one. */
  static final PredictionTable LOADED = load();

  /** Per decision: its start state; -1 when none, or for a precedence DFA. */
  private final int[] start;
  /** Per decision of a precedence DFA: the start state per precedence (-1: none); else null. */
  private final int[][] precedenceStart;
  /** Per state: its alternative when it accepts without predicates, else 0. */
  private final int[] prediction;
  /** Per state: it accepts only with predicates, or asks for full context (in LL mode). */
  private final boolean[] predicated;
  private final boolean[] fullContext;
  /**
   * Per state, its edges by token + 1 (EOF is 0): the target state + 1, 0 for none; null for a
   * state without edges. As ANTLR's own DFA states hold them: one array load per token.
   */
  private final int[][] edges;

  private PredictionTable(int[] start, int[][] precedenceStart, int[] prediction, boolean[] predicated,
      boolean[] fullContext, int[] edgeFrom, int[] edgeToken, int[] edgeTo, int shift) {
    this.start = start;
    this.precedenceStart = precedenceStart;
    this.prediction = prediction;
    this.predicated = predicated;
    this.fullContext = fullContext;
    this.edges = new int[prediction.length][];
    for (int e = 0; e < edgeFrom.length; e++) {
      int[] out = edges[edgeFrom[e]];
      if (out == null) {
        out = edges[edgeFrom[e]] = new int[1 << shift];
      }
      out[edgeToken[e]] = edgeTo[e] + 1;
    }
  }

  /** The number of states. */
  int states() {
    return prediction.length;
  }

  /**
   * The alternative the decision predicts for the tokens ahead, when the table's edges lead to
   * a state that accepts without predicates (or, in SLL mode, with a conflict: its lowest
   * alternative, as ANTLR's SLL prediction answers); 0 when they do not.
   */
  int predict(TokenStream input, int decision, int precedence, boolean sll) {
    if (decision >= start.length) {
      return 0;
    }
    int s;
    if (precedenceStart[decision] != null) {
      int[] starts = precedenceStart[decision];
      s = precedence >= 0 && precedence < starts.length ? starts[precedence] : -1;
    } else {
      s = start[decision];
    }
    for (int i = 1; s >= 0; i++) {
      int[] out = edges[s];
      int t = input.LA(i) + 1; // EOF (-1) is 0
      if (out == null || t < 0 || t >= out.length) {
        return 0;
      }
      s = out[t] - 1;
      if (s < 0 || predicated[s] || (fullContext[s] && !sll)) {
        return 0;
      }
      if (prediction[s] > 0) {
        return prediction[s];
      }
      if (t == 0) {
        return 0;
      }
    }
    return 0;
  }

  /** A hash of the grammar the table is for: its serialized ATN. */
  static long grammarHash() {
    String atn = GoParser._serializedATN;
    long h = 1125899906842597L;
    for (int k = 0; k < atn.length(); k++) {
      h = 31 * h + atn.charAt(k);
    }
    return h ^ atn.length();
  }

  private static PredictionTable empty() {
    return new PredictionTable(new int[0], new int[0][], new int[0], new boolean[0], new boolean[0],
        new int[0], new int[0], new int[0], 1);
  }

  private static PredictionTable load() {
    try (InputStream in = PredictionTable.class.getResourceAsStream(RESOURCE)) {
      return in == null ? empty() : read(in);
    } catch (IOException | RuntimeException e) {
      return empty(); // only speed is lost
    }
  }

  /** The table in a stream, or an empty one when it was written for another grammar. */
  static PredictionTable read(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
    if (in.readInt() != MAGIC || in.readLong() != grammarHash()) {
      return empty();
    }
    int shift = in.readInt();
    int decisions = in.readInt();
    int[] start = new int[decisions];
    int[][] precedenceStart = new int[decisions][];
    for (int d = 0; d < decisions; d++) {
      int precedences = in.readInt();
      if (precedences < 0) {
        start[d] = in.readInt();
      } else {
        start[d] = -1;
        precedenceStart[d] = new int[precedences];
        for (int p = 0; p < precedences; p++) {
          precedenceStart[d][p] = in.readInt();
        }
      }
    }
    int states = in.readInt();
    int[] prediction = new int[states];
    boolean[] predicated = new boolean[states];
    boolean[] fullContext = new boolean[states];
    for (int s = 0; s < states; s++) {
      prediction[s] = in.readInt();
      int flags = in.readByte();
      predicated[s] = (flags & 1) != 0;
      fullContext[s] = (flags & 2) != 0;
    }
    int edges = in.readInt();
    int[] from = new int[edges];
    int[] token = new int[edges];
    int[] to = new int[edges];
    for (int e = 0; e < edges; e++) {
      from[e] = in.readInt();
      token[e] = in.readInt();
      to[e] = in.readInt();
    }
    return new PredictionTable(start, precedenceStart, prediction, predicated, fullContext, from, token, to, shift);
  }

  /**
   * Writes GoParser's DFA as it stands (after parsing a corpus with ANTLR's own prediction) in
   * the form {@link #read} reads.
   */
  static void write(OutputStream stream) throws IOException {
    DFA[] dfas = GoParser._decisionToDFA;
    int shift = 32 - Integer.numberOfLeadingZeros(GoParser.VOCABULARY.getMaxTokenType() + 1);
    Map<DFAState, Integer> ids = new IdentityHashMap<>();
    List<DFAState> states = new ArrayList<>();
    for (DFA dfa : dfas) {
      List<DFAState> own = new ArrayList<>(dfa.states.keySet());
      own.sort(Comparator.comparingInt(s -> s.stateNumber));
      for (DFAState s : own) {
        ids.put(s, states.size());
        states.add(s);
      }
    }
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
    out.writeInt(MAGIC);
    out.writeLong(grammarHash());
    out.writeInt(shift);
    out.writeInt(dfas.length);
    for (DFA dfa : dfas) {
      if (dfa.isPrecedenceDfa()) {
        DFAState[] byPrecedence = dfa.s0 == null || dfa.s0.edges == null ? new DFAState[0] : dfa.s0.edges;
        out.writeInt(byPrecedence.length);
        for (DFAState s : byPrecedence) {
          out.writeInt(s == null ? -1 : ids.getOrDefault(s, -1));
        }
      } else {
        out.writeInt(-1);
        out.writeInt(dfa.s0 == null ? -1 : ids.getOrDefault(dfa.s0, -1));
      }
    }
    out.writeInt(states.size());
    List<int[]> edges = new ArrayList<>();
    for (DFAState s : states) {
      out.writeInt(s.isAcceptState && s.predicates == null ? s.prediction : 0);
      out.writeByte((s.isAcceptState && s.predicates != null ? 1 : 0) | (s.requiresFullContext ? 2 : 0));
      DFAState[] e = s.edges;
      for (int t = 0; e != null && t < e.length && t < 1 << shift; t++) {
        Integer target = e[t] == null || e[t] == ATNSimulator.ERROR ? null : ids.get(e[t]);
        if (target != null) {
          edges.add(new int[] {ids.get(s), t, target});
        }
      }
    }
    out.writeInt(edges.size());
    for (int[] e : edges) {
      out.writeInt(e[0]);
      out.writeInt(e[1]);
      out.writeInt(e[2]);
    }
    out.flush();
  }
}
