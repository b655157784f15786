/**
 * The wizard drawn with Lanterna: the window, the form pane and its scroller, the checks and review panes,
 * widgets per field kind, buttons and keys. Views map field kinds to widgets and hold no rules; what a field
 * means and when it shows comes from {@code wizard}.
 */
package io.edgesite.tui.view;
