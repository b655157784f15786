package io.edgesite.tui.terminal;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.SimpleTheme;
import com.googlecode.lanterna.graphics.Theme;

/** The two looks: colour for consoles and SSH, and monochrome (reverse video, underline) for serial lines. */
public final class Themes {
    private Themes() {
    }

    public static Theme of(boolean mono) {
        if (mono) {
            SimpleTheme t = new SimpleTheme(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT);
            t.getDefaultDefinition().setSelected(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, SGR.REVERSE);
            t.getDefaultDefinition().setActive(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, SGR.REVERSE);
            t.getDefaultDefinition().setInsensitive(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT);
            // Without colour, underline shows where text can be typed.
            t.addOverride(com.googlecode.lanterna.gui2.TextBox.class, TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT,
                    SGR.UNDERLINE).setActive(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, SGR.REVERSE);
            return t;
        }
        return colour();
    }

    /**
     * For a read-only text box in monochrome: nothing can be typed there, so no underline at rest (and
     * its blank ends cost nothing on the wire); underline marks it while it has focus, for scrolling.
     */
    public static Theme readOnlyMono() {
        SimpleTheme t = new SimpleTheme(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT);
        // a focused read-only box is drawn in its "selected" style, an editable one in "active"
        t.getDefaultDefinition().setSelected(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, SGR.UNDERLINE);
        t.getDefaultDefinition().setActive(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, SGR.UNDERLINE);
        return t;
    }

    private static Theme colour() {
        SimpleTheme t = new SimpleTheme(TextColor.ANSI.WHITE, TextColor.ANSI.BLUE);
        t.getDefaultDefinition().setSelected(TextColor.ANSI.BLACK, TextColor.ANSI.CYAN, SGR.BOLD);
        t.getDefaultDefinition().setActive(TextColor.ANSI.BLACK, TextColor.ANSI.CYAN, SGR.BOLD);
        t.getDefaultDefinition().setInsensitive(TextColor.ANSI.WHITE, TextColor.ANSI.BLUE);
        return t;
    }
}
