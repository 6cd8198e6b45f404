package dev.gofix.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code bin/gofix ...} line of the README's shell examples, run through {@link Main#run}
 * from the repository root: it must end normally (exit 0, or 1 for findings and changes) and
 * must not write anything ({@code apply} lines are run only with {@code --dry-run}).
 */
class ReadmeExamplesTest {
  private static final Pattern SHELL_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

  @TestFactory
  Stream<DynamicTest> readmeCommandsRun() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    List<String> commands = new ArrayList<>();
    Matcher m = SHELL_BLOCK.matcher(readme);
    while (m.find()) {
      for (String line : m.group(1).split("\n")) {
        String command = line.replaceAll("\\s+#.*$", "").strip();
        if (command.startsWith("./mvnw") && command.contains("&& bin/gofix ")) {
          command = command.substring(command.indexOf("bin/gofix "));
        }
        if (command.startsWith("bin/gofix ") && !command.contains("$(")) {
          commands.add(command);
        }
      }
    }
    assertFalse(commands.isEmpty(), "the README has no bin/gofix examples");
    return commands.stream().map(c -> dynamicTest(c, () -> {
      List<String> args = List.of(c.substring("bin/gofix ".length()).split("\\s+"));
      assertTrue(!args.get(0).equals("apply") || args.contains("--dry-run"), c + " would write files");
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
      assertTrue(code == 0 || code == 1, c + " exited " + code + ":\n" + err);
      assertFalse(err.toString().contains("internal error"), err.toString());
    }));
  }
}
