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
        return of(mono, mono);
    }

    /**
     * @param ascii the terminal takes ASCII only: scroll bars are drawn with ^, v, a dotted track and a # thumb
     *     (the arrows and blocks would come out as ?)
     */
    public static Theme of(boolean mono, boolean ascii) {
        Theme t = mono ? mono() : colour();
        if (ascii && t instanceof SimpleTheme simple) {
            asciiScrollBars(simple, mono ? TextColor.ANSI.DEFAULT : TextColor.ANSI.WHITE,
                    mono ? TextColor.ANSI.DEFAULT : TextColor.ANSI.BLUE);
        }
        return t;
    }

    private static void asciiScrollBars(SimpleTheme t, TextColor fg, TextColor bg) {
        SimpleTheme.Definition bar = t.addOverride(com.googlecode.lanterna.gui2.ScrollBar.class, fg, bg);
        bar.setCharacter("UP_ARROW", '^');
        bar.setCharacter("DOWN_ARROW", 'v');
        bar.setCharacter("VERTICAL_BACKGROUND", ':');
        for (String thumb : new String[] {"VERTICAL_SMALL_TRACKER", "VERTICAL_TRACKER_TOP", "VERTICAL_TRACKER_BOTTOM",
            "VERTICAL_TRACKER_BACKGROUND"}) {
            bar.setCharacter(thumb, '#');
        }
    }

    private static Theme mono() {
        {
            SimpleTheme t = new SimpleTheme(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT);
            t.getDefaultDefinition().setSelected(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, SGR.REVERSE);
            t.getDefaultDefinition().setActive(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, SGR.REVERSE);
            t.getDefaultDefinition().setInsensitive(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT);
            // Without colour, underline shows where text can be typed.
            t.addOverride(com.googlecode.lanterna.gui2.TextBox.class, TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT,
                    SGR.UNDERLINE).setActive(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, SGR.REVERSE);
            return t;
        }
    }

    /**
     * For a read-only text box in monochrome: nothing can be typed there, so no underline, at rest or focused
     * (its blank line ends then cost nothing on a serial line); its scroll bar shows where the view is.
     */
    public static Theme readOnlyMono() {
        SimpleTheme t = new SimpleTheme(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT);
        // a focused read-only box is drawn in its "selected" style, an editable one in "active"
        t.getDefaultDefinition().setSelected(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT);
        t.getDefaultDefinition().setActive(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT);
        // monochrome is the serial lines' look, which take ASCII
        asciiScrollBars(t, TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT);
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
