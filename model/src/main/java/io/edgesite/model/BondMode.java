package io.edgesite.model;

/** Linux bonding modes, by their kernel names. */
public enum BondMode implements Keyword {
    BALANCE_RR("balance-rr"),
    ACTIVE_BACKUP("active-backup"),
    BALANCE_XOR("balance-xor"),
    BROADCAST("broadcast"),
    LACP("802.3ad"),
    BALANCE_TLB("balance-tlb"),
    BALANCE_ALB("balance-alb");

    private final String value;

    BondMode(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
