package dev.gofix.match;

/** A pattern that cannot be compiled, with the position in its recipe file. */
public final class PatternException extends Exception {
  private final String file;
  private final int line;
  private final int column;
  private final String reason;

  public PatternException(String file, int line, int column, String reason) {
    super(file + ":" + line + ":" + column + ": " + reason);
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String reason() {
    return reason;
  }
}
