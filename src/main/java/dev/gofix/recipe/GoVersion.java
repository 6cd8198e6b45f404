package dev.gofix.recipe;

/** A Go language version {@code 1.N}; only the minor number varies in practice. */
public record GoVersion(int major, int minor) implements Comparable<GoVersion> {

  /** The newest version gofix knows; the default when a file says nothing. */
  public static final GoVersion NEWEST = new GoVersion(1, 26);

  /** Parses {@code 1.21}, {@code go1.21} or {@code 1.21.3} (the patch number is dropped). */
  public static GoVersion parse(String text) {
    String t = text.strip();
    if (t.startsWith("go")) {
      t = t.substring(2);
    }
    String[] parts = t.split("\\.");
    if (parts.length < 2) {
      throw new IllegalArgumentException("not a Go version: " + text);
    }
    try {
      return new GoVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1].replaceAll("[^0-9].*$", "")));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a Go version: " + text);
    }
  }

  @Override
  public int compareTo(GoVersion o) {
    return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
