package org.castellan.platform;

/**
 * An entity that does not exist, or that exists outside the caller's organizations (the two are deliberately
 * indistinguishable). Console pages answer 404 with an error page; the API answers 404 with a problem document.
 */
public class NotFoundException extends RuntimeException {
    private final String entity;
    private final transient Object id;

    public NotFoundException(String entity, Object id) {
        super(entity + " " + id + " not found");
        this.entity = entity;
        this.id = id;
    }

    public String entity() {
        return entity;
    }

    public Object id() {
        return id;
    }
}
