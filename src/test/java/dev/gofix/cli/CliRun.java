package dev.gofix.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** What one run of gofix printed and returned, for tests. */
record CliRun(int code, String out, String err) {

  static CliRun of(Environment env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
    return new CliRun(code, out.toString(), err.toString());
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
