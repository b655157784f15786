/**
 * The wizard without a terminal: its screens as data built from the property table, the form and its binding
 * to a site, where the operator is and which findings block them, and the session (drafts, writes through
 * {@link io.edgesite.render.SiteFiles}, check runs, the probe responder). No Lanterna here.
 */
package io.edgesite.tui.wizard;
