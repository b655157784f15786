package io.edgesite.tui.terminal;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.TerminalResizeListener;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Sends a terminal only what changes its state: colours and styles are applied when a character is
 * written and only if they differ from what the terminal already has, and cursor moves and cursor
 * shows that would change nothing are dropped. At 9600 baud every byte of a keystroke counts.
 */
final class LeanTerminal implements Terminal {
    private final Terminal inner;
    private TextColor wantFg = TextColor.ANSI.DEFAULT;
    private TextColor wantBg = TextColor.ANSI.DEFAULT;
    private final EnumSet<SGR> wantSgr = EnumSet.noneOf(SGR.class);
    private TextColor hasFg;
    private TextColor hasBg;
    private EnumSet<SGR> hasSgr;
    private int row = -1;
    private int column = -1;
    private Boolean cursorVisible;

    private volatile int width = -1;

    LeanTerminal(Terminal inner) {
        this.inner = inner;
        // Asking a Unix terminal its size runs stty: keep the width from resize events instead.
        inner.addResizeListener((t, size) -> width = size.getColumns());
    }

    private int width() throws IOException {
        if (width < 0) {
            width = inner.getTerminalSize().getColumns();
        }
        return width;
    }

    /** Forgets what the terminal is known to show: after a clear, a private-mode switch or a foreign write. */
    private void forget() {
        hasFg = null;
        hasBg = null;
        hasSgr = null;
        row = -1;
        column = -1;
        cursorVisible = null;
    }

    private void applyAttributes() throws IOException {
        boolean known = hasSgr != null;
        if (known && hasSgr.equals(wantSgr) && Objects.equals(hasFg, wantFg) && Objects.equals(hasBg, wantBg)) {
            return;
        }
        boolean dropsSomething = !known || !wantSgr.containsAll(hasSgr)
                || (!wantFg.equals(hasFg) && wantFg.equals(TextColor.ANSI.DEFAULT))
                || (!wantBg.equals(hasBg) && wantBg.equals(TextColor.ANSI.DEFAULT));
        if (dropsSomething) {
            inner.resetColorAndSGR();
            hasFg = TextColor.ANSI.DEFAULT;
            hasBg = TextColor.ANSI.DEFAULT;
            hasSgr = EnumSet.noneOf(SGR.class);
        }
        if (!wantFg.equals(hasFg)) {
            inner.setForegroundColor(wantFg);
            hasFg = wantFg;
        }
        if (!wantBg.equals(hasBg)) {
            inner.setBackgroundColor(wantBg);
            hasBg = wantBg;
        }
        for (SGR s : wantSgr) {
            if (!hasSgr.contains(s)) {
                inner.enableSGR(s);
                hasSgr.add(s);
            }
        }
    }

    @Override
    public void putCharacter(char c) throws IOException {
        applyAttributes();
        inner.putCharacter(c);
        advance(TerminalTextUtils.isCharCJK(c) ? 2 : 1);
    }

    private void advance(int columns) throws IOException {
        if (column >= 0) {
            column += columns;
            // At the right margin terminals differ on where the cursor goes: ask for a real move next time.
            if (column >= width()) {
                row = -1;
                column = -1;
            }
        }
    }

    @Override
    public void putString(String s) throws IOException {
        for (char c : s.toCharArray()) {
            putCharacter(c);
        }
    }

    /** Writes one screen cell, in its own colours and style. */
    void put(TextCharacter cell) throws IOException {
        wantFg = cell.getForegroundColor();
        wantBg = cell.getBackgroundColor();
        wantSgr.clear();
        wantSgr.addAll(cell.getModifiers());
        String text = cell.getCharacterString();
        if (text.length() == 1) {
            putCharacter(text.charAt(0));
        } else {
            // a surrogate pair or combining marks: the cursor moves by the cell's width, whatever the
            // stream terminal makes of the characters
            applyAttributes();
            inner.putString(text);
            advance(cell.isDoubleWidth() ? 2 : 1);
        }
    }

    /** The column the cursor is known to be at on row {@code y}; -1 when it is elsewhere or unknown. */
    int columnOn(int y) {
        return row == y ? column : -1;
    }

    boolean erasesLines() {
        return inner instanceof LineEraser;
    }

    /** Erases row {@code y} from column {@code x} to its end, in default colours (a {@link LineEraser} only). */
    void eraseToEndOfLine(int x, int y) throws IOException {
        setCursorPosition(x, y);
        resetColorAndSGR();
        applyAttributes();
        ((LineEraser) inner).eraseToEndOfLine();
    }

    @Override
    public void setCursorPosition(int x, int y) throws IOException {
        if (x == column && y == row) {
            return;
        }
        inner.setCursorPosition(x, y);
        column = x;
        row = y;
    }

    @Override
    public void setCursorPosition(TerminalPosition p) throws IOException {
        setCursorPosition(p.getColumn(), p.getRow());
    }

    @Override
    public void setCursorVisible(boolean visible) throws IOException {
        if (cursorVisible == null || cursorVisible != visible) {
            inner.setCursorVisible(visible);
            cursorVisible = visible;
        }
    }

    @Override
    public void enableSGR(SGR sgr) {
        wantSgr.add(sgr);
    }

    @Override
    public void disableSGR(SGR sgr) {
        wantSgr.remove(sgr);
    }

    @Override
    public void resetColorAndSGR() {
        wantSgr.clear();
        wantFg = TextColor.ANSI.DEFAULT;
        wantBg = TextColor.ANSI.DEFAULT;
    }

    @Override
    public void setForegroundColor(TextColor color) {
        wantFg = color;
    }

    @Override
    public void setBackgroundColor(TextColor color) {
        wantBg = color;
    }

    @Override
    public void clearScreen() throws IOException {
        applyAttributes();
        inner.clearScreen();
        row = -1;
        column = -1;
    }

    @Override
    public void enterPrivateMode() throws IOException {
        inner.enterPrivateMode();
        forget();
    }

    @Override
    public void exitPrivateMode() throws IOException {
        inner.exitPrivateMode();
        forget();
    }

    @Override
    public TerminalPosition getCursorPosition() throws IOException {
        return inner.getCursorPosition();
    }

    @Override
    public TextGraphics newTextGraphics() throws IOException {
        forget(); // it writes straight to the terminal
        return inner.newTextGraphics();
    }

    @Override
    public void addResizeListener(TerminalResizeListener listener) {
        inner.addResizeListener(listener);
    }

    @Override
    public void removeResizeListener(TerminalResizeListener listener) {
        inner.removeResizeListener(listener);
    }

    @Override
    public TerminalSize getTerminalSize() throws IOException {
        TerminalSize size = inner.getTerminalSize();
        width = size.getColumns();
        return size;
    }

    @Override
    public byte[] enquireTerminal(int timeout, TimeUnit unit) throws IOException {
        return inner.enquireTerminal(timeout, unit);
    }

    @Override
    public void bell() throws IOException {
        inner.bell();
    }

    @Override
    public void flush() throws IOException {
        inner.flush();
    }

    @Override
    public void close() throws IOException {
        inner.close();
    }

    @Override
    public KeyStroke pollInput() throws IOException {
        return inner.pollInput();
    }

    @Override
    public KeyStroke readInput() throws IOException {
        return inner.readInput();
    }
}
