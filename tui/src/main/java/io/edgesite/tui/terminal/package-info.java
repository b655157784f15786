/**
 * Terminal plumbing below the widgets: the terminal chosen for the console, serial line or SSH session, the
 * lean screen that sends only changes, tty set-up and restore, size and charset options, colour themes.
 * Knows nothing of the wizard.
 */
package io.edgesite.tui.terminal;
