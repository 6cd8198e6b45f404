package dev.gofix.recipe;

import java.util.Optional;

/**
 * Settings of one run.
 *
 * @param go the Go version for files whose version neither a {@code //go:build} line nor a
 *     {@code go.mod} gives ({@code --go}); the newest when empty
 * @param includeGenerated whether files marked {@code // Code generated … DO NOT EDIT.} are
 *     processed
 */
public record RunOptions(Optional<GoVersion> go, boolean includeGenerated) {
  public static final RunOptions DEFAULT = new RunOptions(Optional.empty(), false);
}
