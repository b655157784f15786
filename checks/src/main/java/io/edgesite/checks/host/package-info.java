/**
 * What the host is, read once from a root directory ({@code /} or a fixture): architecture, cores, memory,
 * disks, NICs and their drivers, the virtualisation vendor. Read-only.
 */
package io.edgesite.checks.host;
