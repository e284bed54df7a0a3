/**
 * The outbox in front of the local modem: {@link org.castellan.gsm.outbox.GsmOutbox} queues SMS and wake-up calls
 * (bounded; a full queue refuses with {@link org.castellan.gsm.outbox.OutboxFullException}), carries them out on one
 * worker with retries and backoff ({@link org.castellan.gsm.outbox.OutboxSettings}), reopens the modem through a
 * {@link org.castellan.gsm.outbox.ModemConnector} after a port failure, and reports every job's
 * {@link org.castellan.gsm.outbox.JobStatus} to an {@link org.castellan.gsm.outbox.OutboxListener} and through the
 * job's {@code CompletableFuture}.
 */
package org.castellan.gsm.outbox;
