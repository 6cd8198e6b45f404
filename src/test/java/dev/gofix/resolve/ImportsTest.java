package dev.gofix.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ImportsTest {
  @Test
  void theDefaultNameIsTheLastElementBeforeAMajorVersion() {
    assertEquals("fmt", Imports.defaultName("fmt"));
    assertEquals("http", Imports.defaultName("net/http"));
    assertEquals("mod", Imports.defaultName("example.com/mod/v2"));
    assertEquals("mod", Imports.defaultName("example.com/mod/v10/"));
    assertEquals("example.com", Imports.defaultName("example.com/v3"));
    assertEquals("yaml.v3", Imports.defaultName("gopkg.in/yaml.v3"));
    assertEquals("v2", Imports.defaultName("v2"));
    assertEquals("v", Imports.defaultName("a/v"));
    assertEquals("v2x", Imports.defaultName("a/v2x"));
    assertEquals("b", Imports.defaultName("a//b"));
  }
}
