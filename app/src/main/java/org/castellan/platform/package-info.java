/**
 * What every feature stands on: storage (the embedded or an external PostgreSQL), typed configuration, the
 * clock, errors shared by console and API, localisation of pages, and the live feed of server-sent events.
 */
package org.castellan.platform;
