/**
 * Raw (transparent) mode, for modems whose identification line has no {@code COLPROT} key (irz-modem.md §4, §6):
 * the modem's TCP stream is the meter's bytes, except for what the modem or a DTU adds to it — the keep-alive
 * {@code B5 BC BD BE BF}, a custom heartbeat, a registration packet repeated before every packet. A
 * {@link org.castellan.irz.raw.PatternStripper} cuts one such {@link org.castellan.irz.raw.BytePattern} out of the
 * modem → poller stream; a {@link org.castellan.irz.raw.RawStreamFilter} chains several.
 */
package org.castellan.irz.raw;
