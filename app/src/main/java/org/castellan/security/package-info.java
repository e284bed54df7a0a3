/**
 * Who is calling and how they proved it: console login (session + CSRF), HTTP Basic and bearer tokens for the
 * API, login throttling, and the per-request {@link org.castellan.platform.CurrentUser}. What a caller may do is
 * decided by the feature services, not by URL rules here (see docs/security.md).
 */
package org.castellan.security;
