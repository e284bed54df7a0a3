package org.castellan.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What the demo banner prints: user → password, the fleet lines, and where data is kept. */
public record DemoCredentials(Map<String, String> users, List<String> fleet, Path dataDirectory) {
}
