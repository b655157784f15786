/**
 * Rules across the hosts and sites of an inventory: what no single host's answers can show (two hosts with one
 * address, a cluster whose hosts disagree on its settings, an overlay spread over two subnets).
 */
package io.edgesite.validators.fleet;
