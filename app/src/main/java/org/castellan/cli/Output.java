package org.castellan.cli;

/** How a tool prints what the server answered: aligned text for people, or the JSON itself for scripts. */
enum Output {
    TABLE, JSON
}
