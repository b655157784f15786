package io.edgesite.properties;

/** A list of entries of one kind in a site (NICs, bonds, users): its path and what one entry is called. */
public record SiteList(String path, String noun) implements SitePath {
    /** The path of entry {@code index}: {@code network.nics[2]}. */
    public String at(int index) {
        return path + "[" + index + "]";
    }

    /** Where a form keeps the number of entries. */
    public String countKey() {
        return path + ".count";
    }

    /** The pattern of one entry's values: {@code network.nics[]}. */
    public String items() {
        return path + "[]";
    }
}
