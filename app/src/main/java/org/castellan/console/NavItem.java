package org.castellan.console;

/** One entry of the console's main navigation: {@code key} names its label in the message bundles. */
public record NavItem(String key, String path) {
}
