package io.edgesite.tui.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What the lean screen sends, replayed on a small ANSI terminal model: it must show what was drawn. */
class LeanScreenTest {
    static final int COLS = 40;
    static final int ROWS = 8;

    /** An ANSI terminal of a fixed size that records every byte it is sent. */
    static final class Recording extends ANSITerminal implements LineEraser {
        final ByteArrayOutputStream out;

        Recording(ByteArrayOutputStream out) {
            this(out, StandardCharsets.US_ASCII);
        }

        Recording(ByteArrayOutputStream out, java.nio.charset.Charset charset) {
            super(new ByteArrayInputStream(new byte[0]), out, charset);
            this.out = out;
        }

        @Override
        protected TerminalSize findTerminalSize() {
            return new TerminalSize(COLS, ROWS);
        }

        @Override
        public void eraseToEndOfLine() throws IOException {
            writeToTerminal((byte) 0x1b, (byte) '[', (byte) 'K');
        }
    }

    /** The cells of an ANSI terminal, driven by the few sequences a screen refresh uses. */
    static final class Model {
        final TextCharacter[][] cells = new TextCharacter[ROWS][COLS];
        int row;
        int col;
        TextColor fg = TextColor.ANSI.DEFAULT;
        TextColor bg = TextColor.ANSI.DEFAULT;
        final EnumSet<SGR> sgr = EnumSet.noneOf(SGR.class);

        Model() {
            clear(0, 0, ROWS, COLS);
        }

        void clear(int fromRow, int fromCol, int toRow, int toCol) {
            for (int r = fromRow; r < toRow; r++) {
                for (int c = r == fromRow ? fromCol : 0; c < toCol; c++) {
                    // erased cells take the current background, nothing else
                    cells[r][c] = TextCharacter.fromCharacter(' ', TextColor.ANSI.DEFAULT, bg)[0];
                }
            }
        }

        void feed(byte[] bytes) {
            int i = 0;
            while (i < bytes.length) {
                int b = bytes[i] & 0xff;
                if (b == 0x1b && i + 1 < bytes.length && bytes[i + 1] == '[') {
                    int j = i + 2;
                    while (j < bytes.length && !Character.isLetter(bytes[j])) {
                        j++;
                    }
                    csi(new String(bytes, i + 2, j - i - 2, StandardCharsets.US_ASCII), (char) bytes[j]);
                    i = j + 1;
                } else if (b == 0x1b) {
                    i += 3; // a character set choice, ESC ( B
                } else {
                    assertThat(col).as("a character written past the right margin").isLessThan(COLS);
                    cells[row][col] = TextCharacter.fromCharacter((char) b, fg, bg, sgr.toArray(new SGR[0]))[0];
                    col++;
                    i++;
                }
            }
        }

        void csi(String params, char command) {
            switch (command) {
                case 'H' -> {
                    String[] rc = params.split(";");
                    row = Integer.parseInt(rc[0]) - 1;
                    col = Integer.parseInt(rc[1]) - 1;
                }
                case 'K' -> clear(row, col, row + 1, COLS);
                case 'J' -> clear(0, 0, ROWS, COLS);
                case 'm' -> {
                    for (String p : params.isEmpty() ? new String[] {"0"} : params.split(";")) {
                        int n = Integer.parseInt(p);
                        switch (n) {
                            case 0 -> {
                                sgr.clear();
                                fg = TextColor.ANSI.DEFAULT;
                                bg = TextColor.ANSI.DEFAULT;
                            }
                            case 1 -> sgr.add(SGR.BOLD);
                            case 4 -> sgr.add(SGR.UNDERLINE);
                            case 7 -> sgr.add(SGR.REVERSE);
                            case 22 -> sgr.remove(SGR.BOLD);
                            case 24 -> sgr.remove(SGR.UNDERLINE);
                            case 27 -> sgr.remove(SGR.REVERSE);
                            case 39 -> fg = TextColor.ANSI.DEFAULT;
                            case 49 -> bg = TextColor.ANSI.DEFAULT;
                            default -> {
                                assertThat(n).as("SGR " + n).isBetween(30, 47);
                                if (n < 40) {
                                    fg = TextColor.ANSI.values()[n - 30];
                                } else {
                                    bg = TextColor.ANSI.values()[n - 40];
                                }
                            }
                        }
                    }
                }
                case 'l', 'h' -> { } // cursor shown or hidden
                default -> throw new AssertionError("unexpected CSI " + params + command);
            }
        }
    }

    static final SGR[][] STYLES = {{}, {SGR.UNDERLINE}, {SGR.REVERSE}, {SGR.BOLD, SGR.UNDERLINE}};
    static final TextColor[] COLOURS = {TextColor.ANSI.DEFAULT, TextColor.ANSI.BLUE, TextColor.ANSI.WHITE};

    @Test
    void whatItSendsAlwaysLeavesTheTerminalShowingWhatWasDrawn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TerminalScreen screen = TerminalLayers.screen(TerminalLayers.lean(new Recording(out)));
        screen.startScreen();
        Model model = new Model();
        Random random = new Random(20261121);
        for (int frame = 0; frame < 400; frame++) {
            int changes = 1 + random.nextInt(6);
            for (int c = 0; c < changes; c++) {
                int y = random.nextInt(ROWS);
                if (random.nextInt(4) == 0) {
                    for (int x = random.nextInt(COLS); x < COLS; x++) {
                        screen.setCharacter(x, y, Screen.DEFAULT_CHARACTER);
                    }
                    continue;
                }
                SGR[] style = STYLES[random.nextInt(STYLES.length)];
                TextColor fg = COLOURS[random.nextInt(COLOURS.length)];
                TextColor bg = COLOURS[random.nextInt(COLOURS.length)];
                int x = random.nextInt(COLS);
                int length = 1 + random.nextInt(COLS - x);
                for (int k = 0; k < length; k++) {
                    char ch = random.nextInt(3) == 0 ? ' ' : (char) ('a' + random.nextInt(26));
                    screen.setCharacter(x + k, y, TextCharacter.fromCharacter(ch, fg, bg, style)[0]);
                }
            }
            out.reset();
            screen.refresh(frame % 50 == 49 ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
            model.feed(out.toByteArray());
            for (int y = 0; y < ROWS; y++) {
                for (int x = 0; x < COLS; x++) {
                    TextCharacter want = screen.getBackCharacter(x, y);
                    TextCharacter shown = model.cells[y][x];
                    assertThat(shown.getCharacter()).as("frame %d, cell %d,%d", frame, x, y).isEqualTo(want.getCharacter());
                    if (want.getCharacter() != ' ') {
                        assertThat(shown.getForegroundColor()).as("frame %d, fg %d,%d", frame, x, y).isEqualTo(want.getForegroundColor());
                    }
                    assertThat(shown.getBackgroundColor()).as("frame %d, bg %d,%d", frame, x, y).isEqualTo(want.getBackgroundColor());
                    assertThat(shown.getModifiers()).as("frame %d, style %d,%d", frame, x, y).isEqualTo(want.getModifiers());
                }
            }
        }
    }

    @Test
    void aRowThatGoesBlankIsErasedInThreeBytesNotOverwrittenWithSpaces() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TerminalScreen screen = TerminalLayers.screen(TerminalLayers.lean(new Recording(out)));
        screen.startScreen();
        screen.newTextGraphics().putString(0, 2, "a line of text that will go away");
        screen.refresh();
        out.reset();
        screen.newTextGraphics().putString(0, 2, "a line");
        for (int x = 6; x < COLS; x++) {
            screen.setCharacter(x, 2, Screen.DEFAULT_CHARACTER);
        }
        screen.refresh();
        String sent = out.toString(StandardCharsets.US_ASCII);
        assertThat(sent).contains("\u001b[3;7H\u001b[K").doesNotContain("  ");
        assertThat(sent.length()).isLessThan(16);
    }

    @Test
    void theEraseAfterAWideCharacterStartsPastItsSecondHalf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TerminalScreen screen = TerminalLayers.screen(TerminalLayers.lean(new Recording(out, StandardCharsets.UTF_8)));
        screen.startScreen();
        screen.newTextGraphics().putString(0, 0, "abcdefghijklmnopqrstuvwxyz");
        screen.refresh();
        out.reset();
        for (int x = 0; x < COLS; x++) {
            screen.setCharacter(x, 0, Screen.DEFAULT_CHARACTER);
        }
        screen.newTextGraphics().putString(0, 0, "\u6771\u4eac"); // two wide characters, four columns
        screen.refresh();
        String sent = out.toString(StandardCharsets.UTF_8);
        // erased right after the characters, not from column 4, the second half of the second one
        assertThat(sent).contains("\u6771\u4eac\u001b[K").doesNotContain("\u001b[1;4H");
    }

    @Test
    void wordsOnARowAreWrittenAcrossTheirSpacesNotJumpedTo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TerminalScreen screen = TerminalLayers.screen(TerminalLayers.lean(new Recording(out)));
        screen.startScreen();
        out.reset();
        screen.newTextGraphics().putString(0, 0, "Tab/arrows move  Enter select");
        screen.refresh();
        assertThat(out.toString(StandardCharsets.US_ASCII)).contains("Tab/arrows move  Enter select");
    }

}
