package io.edgesite.tui.terminal;

import java.io.IOException;

/** A terminal that can erase from the cursor to the end of its line (ANSI EL) in three bytes. */
public interface LineEraser {
    /** Erases from the cursor to the end of the line, in the current colours; the cursor stays. */
    void eraseToEndOfLine() throws IOException;
}
