package org.castellan.irz.colprot;

/**
 * What {@link ColprotDecoder} reports while it reads a stream: a decoded {@link ColprotFrame}, or a
 * {@link ColprotProblem} it recovered from.
 */
public sealed interface ColprotEvent permits ColprotFrame, ColprotProblem {
}
