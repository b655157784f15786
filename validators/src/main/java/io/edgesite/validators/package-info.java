/**
 * Pure rules over a {@link io.edgesite.model.Site}: each {@code Rule} returns findings at property paths.
 * {@link io.edgesite.validators.SiteValidator} is the one entry. No I/O: no files, sockets, clocks or
 * processes (host checks live in the checks module).
 */
package io.edgesite.validators;
