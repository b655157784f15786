/** The program's entry point; it hands the command line to {@code cli}. */
package io.edgesite.tui;
