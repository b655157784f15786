package io.edgesite.tui.view;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.function.Consumer;

/**
 * A text box that edits like a shell's line: Ctrl-A and Home, Ctrl-E and End, Ctrl-B and Ctrl-F, Alt-B and
 * Alt-F by word, Ctrl-K to the end, Ctrl-U to the start, Ctrl-W the word before; no other control key ever
 * types a character. Unfocused, a long value shows its start with a mark that it goes on. It says when
 * focus leaves it, so its finding appears right then.
 */
class EditBox extends TextBox {
    private final Runnable onLeave;
    private final Consumer<String> edited;

    /** @param edited called with the text after an edit made by these keys (typing reports itself) */
    EditBox(TerminalSize size, String text, Style style, Runnable onLeave, Consumer<String> edited) {
        super(size, text, style);
        this.onLeave = onLeave;
        this.edited = edited;
        setRenderer(new DefaultTextBoxRenderer() {
            @Override
            public void drawComponent(TextGUIGraphics graphics, TextBox box) {
                super.drawComponent(graphics, box);
                int width = graphics.getSize().getColumns();
                if (!box.isFocused() && getLineCount() == 1 && getText().length() > width && width > 1) {
                    graphics.setCharacter(width - 1, 0, '>');
                }
            }
        });
        setCaretPosition(0);
    }

    @Override
    public synchronized Result handleKeyStroke(KeyStroke key) {
        KeyType type = key.getKeyType();
        if (type == KeyType.Home || type == KeyType.End) {
            move(type == KeyType.Home ? 0 : line().length());
            return Result.HANDLED;
        }
        if (type != KeyType.Character || !(key.isCtrlDown() || key.isAltDown())) {
            return super.handleKeyStroke(key);
        }
        String line = line();
        int at = Math.min(getCaretPosition().getColumn(), line.length());
        char c = Character.toLowerCase(key.getCharacter());
        if (key.isAltDown()) {
            if (c == 'b') {
                move(wordStart(line, at));
            } else if (c == 'f') {
                move(wordEnd(line, at));
            }
            return Result.HANDLED;
        }
        switch (c) {
            case 'a' -> move(0);
            case 'e' -> move(line.length());
            case 'b' -> move(Math.max(0, at - 1));
            case 'f' -> move(Math.min(line.length(), at + 1));
            case 'k' -> replace(line.substring(0, at), at);
            case 'u' -> replace(line.substring(at), 0);
            case 'w' -> {
                int start = wordStart(line, at);
                replace(line.substring(0, start) + line.substring(at), start);
            }
            default -> {
                // any other control key is the wizard's or nothing: it never becomes a character
            }
        }
        return Result.HANDLED;
    }

    private String line() {
        return getLine(getCaretPosition().getRow());
    }

    private void move(int column) {
        setCaretPosition(getCaretPosition().getRow(), column);
    }

    private void replace(String newLine, int caret) {
        int row = getCaretPosition().getRow();
        if (getLineCount() == 1) {
            setText(newLine);
        } else {
            String[] lines = getText().split("\n", -1);
            lines[row] = newLine;
            setText(String.join("\n", lines));
        }
        setCaretPosition(row, caret);
        edited.accept(getText());
    }

    static int wordStart(String line, int at) {
        int i = at;
        while (i > 0 && !Character.isLetterOrDigit(line.charAt(i - 1))) {
            i--;
        }
        while (i > 0 && Character.isLetterOrDigit(line.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static int wordEnd(String line, int at) {
        int i = at;
        while (i < line.length() && !Character.isLetterOrDigit(line.charAt(i))) {
            i++;
        }
        while (i < line.length() && Character.isLetterOrDigit(line.charAt(i))) {
            i++;
        }
        return i;
    }

    @Override
    protected void afterEnterFocus(FocusChangeDirection direction, Interactable previouslyInFocus) {
        super.afterEnterFocus(direction, previouslyInFocus);
        if (getLineCount() == 1) {
            // typing goes on where the value ends, as in a shell's line
            setCaretPosition(getText().length());
        }
    }

    @Override
    protected void afterLeaveFocus(FocusChangeDirection direction, Interactable nextInFocus) {
        super.afterLeaveFocus(direction, nextInFocus);
        if (getLineCount() == 1) {
            // unfocused, the start shows (and the mark that it goes on)
            setCaretPosition(0);
        }
        onLeave.run();
    }
}
