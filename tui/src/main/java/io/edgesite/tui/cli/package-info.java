/**
 * The command line (picocli): wizard, render, lint, import, check, probe. Commands parse options, call
 * {@code render}, {@code validators} and {@code checks}, and print findings; they hold no rules and write
 * files only through {@link io.edgesite.render.SiteFiles} and the atomic writer.
 */
package io.edgesite.tui.cli;
