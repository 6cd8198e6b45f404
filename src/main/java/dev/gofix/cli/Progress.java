package dev.gofix.cli;

import java.io.PrintWriter;

/**
 * A one-line count of the files done, rewritten in place on stderr. Shown only when the run is
 * interactive (a console, stderr a terminal) and has more than {@link #THRESHOLD} files; otherwise
 * it prints nothing.
 */
final class Progress {
  static final int THRESHOLD = 200;

  private final PrintWriter err;
  private final int total;
  private final boolean shown;
  private int done;
  private long lastPrint;

  Progress(PrintWriter err, int total, boolean interactive) {
    this.err = err;
    this.total = total;
    this.shown = interactive && total > THRESHOLD;
  }

  synchronized void advance(int files) {
    done += files;
    long now = System.nanoTime();
    if (shown && (now - lastPrint > 100_000_000L || done == total)) {
      lastPrint = now;
      err.print("\rgofix: " + done + "/" + total + " files");
      err.flush();
    }
  }

  /** Clears the line, so that what follows starts on a clean one. */
  synchronized void finish() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
