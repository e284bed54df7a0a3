/**
 * The audit log: every change a person or the API makes, with who, when, through which channel, which entity,
 * and the entity before and after as JSON. Services write it in the same transaction as the change; only
 * administrators read it.
 */
package org.castellan.audit;
