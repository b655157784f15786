/**
 * The lint of a user-data tree against Palette's schema: types as the installer's Go reader takes them,
 * unknown and misplaced keys with suggestions, document-level rules, and networkd files shadowed by an
 * earlier match. Works on parsed trees only; reading YAML is {@code render}'s job.
 */
package io.edgesite.validators.userdata;
