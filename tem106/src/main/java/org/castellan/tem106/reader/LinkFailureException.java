package org.castellan.tem106.reader;

import java.io.IOException;

/** The link broke or closed (socket reset, serial port gone); retrying on the same link is pointless. */
public final class LinkFailureException extends Tem106Exception {
    public LinkFailureException(String message, IOException cause) {
        super(message, cause);
    }
}
