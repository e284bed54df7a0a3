/**
 * GPRS modems behind the iRZ gateway (issue 4, seed 004): the modem registry in PostgreSQL (identity, SIM, signal,
 * GPIO, poller port, sharing policy, online state, session history), the allow-list of IMEIs, import and export of
 * the modem list, commands and wake-up, notifications of modems lost and back, and the gateway node that hosts the
 * {@code gateway} module's listener inside the platform or as {@code castellan gateway}.
 */
package org.castellan.modems;
