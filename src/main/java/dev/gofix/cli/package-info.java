/**
 * The gofix command line: {@link dev.gofix.cli.Main#run} is the one entry point, used by the
 * launcher and by tests, with one picocli command class per subcommand.
 */
package dev.gofix.cli;
