package io.edgesite.model;

/** Container network plugins; OTHER is any CNI that must be pointed at the overlay interface by hand. */
public enum Cni implements Keyword {
    CALICO("calico"),
    FLANNEL("flannel"),
    CILIUM("cilium"),
    OTHER("other");

    private final String value;

    Cni(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
