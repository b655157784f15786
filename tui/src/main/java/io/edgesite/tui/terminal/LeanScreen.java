package io.edgesite.tui.terminal;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.ScreenBuffer;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.IOException;

/**
 * A screen that sends less than Lanterna's own for the same picture: the blank end of a row is cleared
 * with one erase-to-end-of-line instead of a space per cell that had text, a short gap between changed
 * cells is written rather than jumped over (a cursor move costs six bytes or more), and a whole redraw
 * is a clear followed by that same delta. On a 9600-baud line each byte is a millisecond.
 */
final class LeanScreen extends TerminalScreen {
    // below this many stale cells, spaces cost no more than a cursor move, a reset and the erase
    private static final int WORTH_ERASING = 6;
    // the shortest cursor move, ESC [ r ; c H, is six bytes
    private static final int SHORTEST_MOVE = 6;
    private final LeanTerminal terminal;
    private boolean started;
    private boolean fullPending = true;
    private boolean blankAlready;

    LeanScreen(LeanTerminal terminal) throws IOException {
        super(terminal);
        this.terminal = terminal;
    }

    @Override
    public synchronized void startScreen() throws IOException {
        super.startScreen(); // clears the terminal
        started = true;
        fullPending = true;
        blankAlready = true;
    }

    @Override
    public synchronized void stopScreen() throws IOException {
        super.stopScreen();
        started = false;
    }

    @Override
    public synchronized void clear() {
        super.clear();
        fullPending = true;
    }

    @Override
    public synchronized TerminalSize doResizeIfNecessary() {
        TerminalSize size = super.doResizeIfNecessary();
        if (size != null) {
            fullPending = true;
        }
        return size;
    }

    @Override
    public synchronized void refresh(RefreshType type) throws IOException {
        if (!started) {
            return;
        }
        ScreenBuffer front = getFrontBuffer();
        boolean whole = type == RefreshType.COMPLETE || fullPending;
        if (whole) {
            if (!blankAlready) {
                terminal.resetColorAndSGR();
                terminal.clearScreen();
            }
            front.setAll(DEFAULT_CHARACTER); // what the terminal shows now
            fullPending = false;
        }
        blankAlready = false;
        TerminalSize size = getBackBuffer().getSize();
        for (int y = 0; y < size.getRows(); y++) {
            refreshRow(y, size.getColumns(), !whole && terminal.erasesLines());
        }
        TerminalPosition cursor = getCursorPosition();
        if (cursor == null) {
            terminal.setCursorVisible(false);
        } else {
            terminal.setCursorVisible(true);
            terminal.setCursorPosition(cursor.getColumn(), cursor.getRow());
        }
        terminal.flush();
        getBackBuffer().copyTo(front);
    }

    /**
     * Brings one row of the terminal to the back buffer: changed cells are written, a short unchanged
     * gap after a written cell is written again rather than jumped over, and a blank end that still
     * shows text is erased.
     */
    private void refreshRow(int y, int columns, boolean erase) throws IOException {
        ScreenBuffer back = getBackBuffer();
        ScreenBuffer front = getFrontBuffer();
        int blankFrom = columns;
        if (erase) {
            while (blankFrom > 0 && back.getCharacterAt(blankFrom - 1, y).equals(DEFAULT_CHARACTER)) {
                blankFrom--;
            }
            if (blankFrom > 0 && back.getCharacterAt(blankFrom - 1, y).isDoubleWidth()) {
                blankFrom++; // that blank is the second half of a wide character
            }
            int stale = 0;
            for (int x = blankFrom; x < columns; x++) {
                if (!front.getCharacterAt(x, y).equals(DEFAULT_CHARACTER)) {
                    stale++;
                }
            }
            if (stale < WORTH_ERASING) {
                blankFrom = columns;
            }
        }
        TextCharacter last = null; // the cell written just before the cursor
        for (int x = 0; x < blankFrom; x++) {
            TextCharacter want = back.getCharacterAt(x, y);
            if (want.equals(front.getCharacterAt(x, y))) {
                continue;
            }
            int at = terminal.columnOn(y);
            if (last != null && at >= 0 && at < x && x - at < SHORTEST_MOVE && sameStyleAscii(last, back, at, x, y)) {
                for (int g = at; g < x; g++) {
                    terminal.put(back.getCharacterAt(g, y));
                }
            } else {
                terminal.setCursorPosition(x, y);
            }
            terminal.put(want);
            last = want;
            if (want.isDoubleWidth()) {
                x++; // its second column
            }
        }
        if (blankFrom < columns) {
            terminal.eraseToEndOfLine(blankFrom, y);
        }
    }

    /** Whether cells {@code from..to-1} are single-byte characters in the style of {@code last}. */
    private static boolean sameStyleAscii(TextCharacter last, ScreenBuffer back, int from, int to, int y) {
        for (int x = from; x < to; x++) {
            TextCharacter c = back.getCharacterAt(x, y);
            if (c.getCharacterString().charAt(0) >= 0x80 || !c.getForegroundColor().equals(last.getForegroundColor())
                    || !c.getBackgroundColor().equals(last.getBackgroundColor())
                    || !c.getModifiers().equals(last.getModifiers())) {
                return false;
            }
        }
        return true;
    }
}
