/**
 * Palette's facts, each written once: the user-data schema (every key, its shape and status), the Edge
 * packs' Kubernetes versions and default ranges, the overlay's defaults, the default OS user, the VMXNET3
 * step, the agent-mode networkd preparation, the support matrix, the multi-NIC DHCP rule. Data only: no
 * I/O, no rules that judge a site (those are in {@code validators}).
 */
package io.edgesite.palette;
