package org.castellan.modems;

/** A modem was registered, changed or removed; published by {@link ModemService}, applied after commit. */
public record ModemChanged(long modemId) {
}
