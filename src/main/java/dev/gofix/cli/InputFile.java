package dev.gofix.cli;

import java.nio.file.Path;

/**
 * One Go file of a run, known by its header before its text is read in full: the text is read
 * when its package's turn comes, so that a run holds the text of a few packages at a time.
 *
 * @param file where it is
 * @param path the path it is printed with (relative to the run's root)
 * @param header its generated marker and package name
 * @param size its size in bytes
 */
record InputFile(Path file, String path, GoFileHeader header, long size) {}
