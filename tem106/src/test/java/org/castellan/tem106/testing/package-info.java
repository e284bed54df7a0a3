/**
 * Test fixtures: a clock the test moves ({@link org.castellan.tem106.testing.MutableClock}), conversations with the
 * emulator over the in-memory link and over TCP, a meter serving hand-written memory images
 * ({@link org.castellan.tem106.testing.ImageMeter}), and a link that records the requests sent.
 */
package org.castellan.tem106.testing;
