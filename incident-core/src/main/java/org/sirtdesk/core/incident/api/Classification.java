package org.sirtdesk.core.incident.api;

/**
 * Information classification of 001 別表1: confidentiality 1-3, integrity 1-2, availability 1-2.
 * A {@code null} level means not yet known.
 */
public record Classification(Integer confidentiality, Integer integrity, Integer availability) {

    public static Classification unknown() {
        return new Classification(null, null, null);
    }
}
