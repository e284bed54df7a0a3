/**
 * The location tree: organizations → sites → zones. Every later module hangs its devices, meters, doors and
 * equipment on a site or zone of an organization, and every tenant table carries the organization's id.
 */
package org.castellan.org;
