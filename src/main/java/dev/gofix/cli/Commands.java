package dev.gofix.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Range;

/**
 * The pieces the commands build their picocli specifications from, in code rather than with
 * picocli's annotations: reading annotations makes the JDK spin a proxy class per annotation type
 * at run time (eight for gofix, none of which a class-data archive can hold), about 50 ms of a
 * cold start. A command reads its values back with {@link #value}.
 */
final class Commands {
  private Commands() {}

  /**
   * A command named {@code name} that runs {@code command} (a {@code Runnable} or {@code
   * Callable<Integer>}), with {@code -h/--help} and {@code -V/--version}.
   */
  static CommandSpec spec(Object command, String name, String description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
    spec.usageMessage().description(description);
    spec.versionProvider(new Main.Version());
    spec.addOption(OptionSpec.builder("-h", "--help")
        .usageHelp(true)
        .description("Show this help message and exit.")
        .build());
    spec.addOption(OptionSpec.builder("-V", "--version")
        .versionHelp(true)
        .description("Print version information and exit.")
        .build());
    return spec;
  }

  /** An option without a value: true when given. */
  static OptionSpec flag(String description, String... names) {
    return OptionSpec.builder(names).arity("0").type(boolean.class).initialValue(false)
        .description(description).build();
  }

  /** An option with one value of the given type ({@code --name=LABEL}); null when not given. */
  static OptionSpec option(String name, String label, Class<?> type, String description) {
    return OptionSpec.builder(name).paramLabel(label).type(type).description(description).build();
  }

  /** A repeatable option with a string value; the empty list when not given. */
  static OptionSpec repeatable(String name, String label, String description) {
    return OptionSpec.builder(name).paramLabel(label).type(List.class).auxiliaryTypes(String.class)
        .initialValue(List.of()).description(description).build();
  }

  /** The positional parameters, {@code arity} of them, each a value of the given type. */
  static PositionalParamSpec positional(String arity, String label, Class<?> type, String description) {
    // Required when at least one is needed, as picocli makes annotated parameters.
    PositionalParamSpec.Builder b = PositionalParamSpec.builder().arity(arity).paramLabel(label)
        .required(Range.valueOf(arity).min() > 0).description(description);
    if (type == List.class) {
      b.type(List.class).auxiliaryTypes(String.class);
    } else {
      b.type(type);
    }
    return b.build();
  }

  /** The value of an option of a parsed command. */
  static <T> T value(CommandSpec spec, String option) {
    return spec.findOption(option).getValue();
  }

  /** The value of the positional parameters of a parsed command (the first, and only, group). */
  static <T> T positional(CommandSpec spec) {
    return spec.positionalParameters().get(0).getValue();
  }
}
