/**
 * The console shell: layout and navigation, login page, language and time-zone handling, the dispatch page with
 * its live feed, the section pages, and how errors are shown to a person. Feature pages live in their feature
 * packages and use the layout from here.
 */
package org.castellan.console;
