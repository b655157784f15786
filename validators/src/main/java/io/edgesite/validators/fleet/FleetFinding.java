package io.edgesite.validators.fleet;

import io.edgesite.validators.Finding;

/**
 * A finding about one host of an inventory ({@code host} set) or about a whole site ({@code host} empty), or
 * about the inventory itself (both empty).
 */
public record FleetFinding(String site, String host, Finding finding) {

    public static FleetFinding ofHost(FleetHost h, Finding f) {
        return new FleetFinding(h.site(), h.name(), f);
    }

    public static FleetFinding ofSite(String site, Finding f) {
        return new FleetFinding(site, "", f);
    }

    /** {@code site/host}, {@code site}, or empty for the inventory itself. */
    public String subject() {
        return host.isEmpty() ? site : site + "/" + host;
    }

    public boolean isError() {
        return finding.isError();
    }

    @Override
    public String toString() {
        return subject().isEmpty() ? finding.toString() : subject() + ": " + finding;
    }
}
