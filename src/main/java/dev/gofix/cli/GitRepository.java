package dev.gofix.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The git work tree that {@code --commit} records the changes in, driven through the {@code git}
 * command. Only the files gofix changed are committed: the user's other staged and unstaged
 * changes stay as they were, staged or not.
 */
final class GitRepository {
  private final Path top;

  private GitRepository(Path top) {
    this.top = top;
  }

  /** The work tree holding {@code dir}, if it is in one. */
  static Optional<GitRepository> at(Path dir) throws IOException {
    Run run = git(dir, List.of("rev-parse", "--show-toplevel"));
    if (run.status() != 0) {
      return Optional.empty();
    }
    return Optional.of(new GitRepository(Path.of(run.output().strip())));
  }

  Path top() {
    return top;
  }

  boolean branchExists(String branch) throws IOException {
    return git(top, List.of("rev-parse", "--verify", "--quiet", "refs/heads/" + branch)).status() == 0;
  }

  /**
   * Creates {@code branch} from HEAD, switches to it (the work tree and the index are left as they
   * are) and commits the given files, and only them, with the message.
   */
  void commitOnNewBranch(String branch, List<Path> files, String message) throws IOException {
    check(git(top, List.of("checkout", "--quiet", "-b", branch)), "git checkout -b " + branch);
    List<String> paths = new ArrayList<>();
    for (Path file : files) {
      paths.add(top.relativize(file.toAbsolutePath().normalize()).toString());
    }
    // Files git does not track yet must be added before "commit --only" takes them.
    List<String> add = new ArrayList<>(List.of("add", "--"));
    add.addAll(paths);
    check(git(top, add), "git add");
    List<String> commit = new ArrayList<>(identity());
    commit.addAll(List.of("commit", "--quiet", "--no-verify", "--only", "-m", message, "--"));
    commit.addAll(paths);
    check(git(top, commit), "git commit");
  }

  /** {@code -c} settings for a committer, when git has none configured. */
  private List<String> identity() throws IOException {
    List<String> settings = new ArrayList<>();
    if (git(top, List.of("config", "user.name")).status() != 0) {
      settings.addAll(List.of("-c", "user.name=gofix"));
    }
    if (git(top, List.of("config", "user.email")).status() != 0) {
      settings.addAll(List.of("-c", "user.email=gofix@localhost"));
    }
    return settings;
  }

  private static void check(Run run, String what) throws IOException {
    if (run.status() != 0) {
      throw new IOException(what + " failed: " + run.output().strip());
    }
  }

  private record Run(int status, String output) {}

  private static Run git(Path dir, List<String> arguments) throws IOException {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(arguments);
    Process process;
    try {
      process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IOException("cannot run git: " + e.getMessage(), e);
    }
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      return new Run(process.waitFor(), output);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for git", e);
    }
  }
}
