package io.edgesite.model;

/** How an interface gets its IPv4 address. NONE carries no address (a bond member, a VLAN-only trunk). */
public enum Addressing implements Keyword {
    DHCP("dhcp"),
    STATIC("static"),
    NONE("none");

    private final String value;

    Addressing(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
