package io.edgesite.properties;

/** Anything with a place in a site's path vocabulary: a property or a list of entries. */
public interface SitePath {
    /** The path, as answers files, findings and wizard fields spell it: {@code cluster.overlay.cidr}. */
    String path();
}
