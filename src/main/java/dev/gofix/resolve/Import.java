package dev.gofix.resolve;

import java.util.Optional;

/**
 * One import of a file: its path and the name it is known by in the file.
 *
 * @param path the import path, unquoted
 * @param name the local name: the written name for renamed imports, "." and "_" for dot and blank
 *     imports, else the last path element (a trailing "/vN" major version skipped)
 * @param nameCertain whether the name is known from syntax: true for renamed, dot and blank
 *     imports and for standard-library paths (no dot in the path); false where the package clause
 *     of the imported package could say otherwise
 * @param declaration the IMPORT declaration of the name, absent for dot and blank imports
 */
public record Import(
    String path, String name, boolean nameCertain, Form form, Optional<Declaration> declaration) {

  /** How the import names its package. */
  public enum Form {
    DEFAULT,
    RENAMED,
    DOT,
    BLANK
  }
}
