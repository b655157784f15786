package io.edgesite.tui.view;

/**
 * Loads the terminal and widget classes of the first frame on a second thread while the main one reads
 * the host and the draft: the operator sees the welcome screen sooner on a two-core edge box.
 */
public final class FirstFramePreload {
    // Lanterna's theme registry parses its bundled themes and loads most widget classes: the costliest part.
    private static final String[] CLASSES = {
        "com.googlecode.lanterna.bundle.LanternaThemes",
        "com.googlecode.lanterna.gui2.MultiWindowTextGUI",
        "com.googlecode.lanterna.screen.TerminalScreen",
        "com.googlecode.lanterna.terminal.ansi.UnixTerminal",
        "com.googlecode.lanterna.input.DefaultKeyDecodingProfile",
        "com.googlecode.lanterna.gui2.BasicWindow",
        "com.googlecode.lanterna.gui2.GridLayout",
        "com.googlecode.lanterna.gui2.BorderLayout",
        "com.googlecode.lanterna.gui2.LinearLayout",
        "com.googlecode.lanterna.gui2.DefaultTextGUIGraphics",
        "com.googlecode.lanterna.screen.ScreenTextGraphics",
        "com.googlecode.lanterna.graphics.DefaultShapeRenderer",
        "io.edgesite.tui.view.WizardView",
        "io.edgesite.tui.view.FieldWidgets",
        "io.edgesite.tui.view.LeanTerminal",
    };

    private FirstFramePreload() {
    }

    /** Starts loading in the background; harmless if it loses the race or a class is missing. */
    public static void start() {
        Thread t = new Thread(() -> {
            ClassLoader loader = FirstFramePreload.class.getClassLoader();
            for (String name : CLASSES) {
                try {
                    Class.forName(name, true, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // only a head start is lost
                }
            }
        }, "first-frame-preload");
        t.setDaemon(true);
        t.start();
    }
}
