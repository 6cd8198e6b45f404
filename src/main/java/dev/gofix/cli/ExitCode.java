package dev.gofix.cli;

/** The exit codes of gofix, as documented in the README. */
final class ExitCode {
  static final int OK = 0;
  static final int FOUND = 1;
  static final int USAGE = 2;
  static final int BAD_RECIPE = 3;
  static final int SYNTAX = 4;
  static final int IO = 5;
  static final int INTERNAL = 70;

  private ExitCode() {}
}
