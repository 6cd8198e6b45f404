package dev.gofix.cli;

import java.nio.file.Path;

/**
 * One Go file of a run, as the listing found it: its text is read when its directory's turn
 * comes, so that a run holds the text of a few directories at a time.
 *
 * @param file where it is
 * @param path the path it is printed with (relative to the run's root)
 * @param size its size in bytes when it was listed
 */
record InputFile(Path file, String path, long size) {}
