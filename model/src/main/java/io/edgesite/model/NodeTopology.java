package io.edgesite.model;

/** Cluster shape by node count: the support matrix treats each differently. */
public enum NodeTopology {
    SINGLE_NODE("single node"),
    TWO_NODE("two-node"),
    MULTI_NODE("multi-node");

    private final String title;

    NodeTopology(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public static NodeTopology of(int nodes) {
        if (nodes <= 1) {
            return SINGLE_NODE;
        }
        return nodes == 2 ? TWO_NODE : MULTI_NODE;
    }
}
