package io.edgesite.palette;

/** Where a user-data key stands today, which decides what lint says about it. */
public enum KeyStatus {
    /** In the current installer reference (or the yip step schema). */
    CURRENT,
    /** An older key that current pages still use and the agent still reads: a note, not a warning. */
    LEGACY,
    /** Replaced or without effect: a warning that names what to use instead. */
    DEPRECATED,
    /** Read by Kairos, which the installer is built on, though Palette's reference does not list it. */
    KAIROS
}
