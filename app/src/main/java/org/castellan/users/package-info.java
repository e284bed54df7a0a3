/**
 * The people who log in: users, their roles, the organizations they are scoped to, their language and time zone,
 * and the first-start administrator. Users are disabled rather than deleted so the audit log keeps naming them.
 */
package org.castellan.users;
