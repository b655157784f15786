/**
 * Every byte of YAML in and out: the user-data renderer and parser, the answers format (derived from the
 * property table), the cluster definition, the networkd files, the YAML reader with line and column, and
 * {@link io.edgesite.render.SiteFiles}, the one pipeline that validates, renders, re-lints and writes the
 * file set. Knows no terminal and runs no host checks.
 */
package io.edgesite.render;
