/**
 * The demo ({@code castellan demo}): a demo organization with sites, zones and users, and the {@link
 * org.castellan.demo.DemoFleet} extension point through which each protocol module adds its emulated devices.
 * Active only with the {@code demo} profile.
 */
package org.castellan.demo;
