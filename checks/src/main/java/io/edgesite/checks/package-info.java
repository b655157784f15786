/**
 * Host checks against Palette's prerequisites and the broadcast probe: all the I/O edge-site does on the
 * host (sockets, {@code /proc} and {@code /sys} through {@link io.edgesite.checks.HostAccess}, commands with
 * time bounds). Each check returns a verdict with evidence, a remedy citing setting paths, and maybe a fix
 * as a change to the site. Uses the rules of {@code validators}; never renders or writes user-data.
 */
package io.edgesite.checks;
