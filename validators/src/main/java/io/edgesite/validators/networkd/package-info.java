/**
 * systemd-networkd's own reading of unit files ([Match] sections, globs, the order files apply in), so that
 * the lint can tell which file configures which link. Text in, answers out; no I/O.
 */
package io.edgesite.validators.networkd;
