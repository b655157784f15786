package io.edgesite.tui.view;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowListenerAdapter;
import com.googlecode.lanterna.input.KeyStroke;
import io.edgesite.properties.SiteProperties;
import io.edgesite.tui.wizard.Field;
import io.edgesite.tui.wizard.Screen;
import io.edgesite.tui.wizard.Wizard;
import io.edgesite.tui.wizard.WizardScreens;
import io.edgesite.tui.wizard.WizardSession;
import io.edgesite.validators.Finding;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one window of the wizard: a header, the current screen's body (a form, the checks or the review),
 * buttons, a status line, the focused field's hint, and the keys. It holds no rules: it asks the session and
 * the wizard, and shows the answer.
 */
final class WizardWindow {
    public static final int COLUMNS = 80;
    public static final int ROWS = 24;
    static final String HINTS = "Tab/arrows move  Enter select  ^N next  Esc back  F1/? help  ^L redraw  ^C quit";

    private final WizardSession session;
    private final Wizard wizard;
    private final boolean mono;
    private final BasicWindow window = new BasicWindow();
    private final FormPane form;
    private final ChecksPane checks;
    private final ReviewPane review = new ReviewPane();
    private final Keys keys;
    private final Moves moves;
    private final AtomicBoolean checksProgressed = new AtomicBoolean();
    private Runnable redraw = () -> { };
    private Runnable suspend = () -> { };
    private String draftShown = "";
    private Label helpLine = new Label("");
    private String hintShown = "";
    private String status = "";
    private String probeStatus = "";
    private List<String> done;
    private TerminalSize size = new TerminalSize(COLUMNS, ROWS);

    public WizardWindow(WizardSession session, boolean mono) {
        this.session = session;
        this.wizard = session.wizard();
        this.mono = mono;
        this.form = new FormPane(wizard, mono);
        this.checks = new ChecksPane(mono);
        this.keys = new Keys(this);
        this.moves = new Moves(this);
        // what the first screen says: the draft it offers to resume, else the file the answers came from
        this.status = session.openingStatus();
        window.setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS));
        window.addWindowListener(new WindowListenerAdapter() {
            @Override
            public void onInput(Window w, KeyStroke key, AtomicBoolean deliver) {
                if (keys.handle(key)) {
                    deliver.set(false);
                }
            }
        });
        render(null);
    }

    public Window window() {
        return window;
    }

    /** What Ctrl-L does: redraw everything and measure the terminal again (set by the terminal it runs on). */
    public void onRedraw(Runnable action) {
        redraw = action;
    }

    void redraw() {
        redraw.run();
    }

    /** What Ctrl-Z does: give the terminal back to the shell until fg (set by a console that allows it). */
    public void onSuspend(Runnable action) {
        suspend = action;
    }

    void suspend() {
        suspend.run();
    }

    /** The focused field's hint, or nothing. */
    private String hint() {
        return ScreenHelp.hint(wizard, form.keyOf(window.getFocusedInteractable()));
    }

    /** F1 or ?: the screen's help page, over it; Esc or Enter comes back to where the focus was. */
    void help() {
        String focus = focusedKey();
        ScreenHelp.open(this, mono, () -> render(focus));
    }

    Keys keys() {
        return keys;
    }

    WizardSession session() {
        return session;
    }

    Wizard wizard() {
        return wizard;
    }

    boolean finished() {
        return done != null;
    }

    FormPane form() {
        return form;
    }

    /** The terminal size changed (or was measured again): lay out for it. */
    public void resized(TerminalSize newSize) {
        size = newSize;
        render(focusedKey());
    }

    /** Lays out for the terminal's size unless the screen already is (it starts at 80x24). */
    public void resizedIfChanged(TerminalSize newSize) {
        if (!newSize.equals(size)) {
            resized(newSize);
        }
    }

    void status(String text) {
        status = text;
    }

    void next() {
        moves.next();
    }

    void back() {
        moves.back();
    }

    void goTo(int index) {
        moves.goTo(index);
    }

    boolean fromReview() {
        return moves.fromReview();
    }

    void backToReview() {
        moves.backToReview();
    }

    /** The files were written: the window shows what and where. */
    void written(List<String> lines) {
        done = lines;
    }

    private void changed(Field field) {
        session.edited(field.key());
        if (field.kind() == io.edgesite.tui.wizard.FieldKind.CHOICE || field.kind() == io.edgesite.tui.wizard.FieldKind.TOGGLE) {
            // which fields show may depend on it, and values that follow it (a distribution's ranges) may change
            form.rebuildWidgets();
            render(field.key());
        } else {
            form.refresh(wizard.current());
        }
    }

    /** An add or remove button: removing asks first (there is no undo). */
    private void acted(Field field, String ignored) {
        Runnable run = () -> {
            String focus = field.action().apply(wizard.form());
            status = "";
            session.changed();
            form.rebuildWidgets();
            render(focus);
        };
        if (field.key().endsWith(".remove")) {
            keys.confirm(field.label() + " and what it holds?", run);
        } else if (field.key().equals(SiteProperties.NICS.path() + ".add")) {
            NicPicker.open(this, field);
        } else {
            run.run();
        }
    }

    void checksProgressed() {
        checksProgressed.set(true);
    }

    /** Work handed over by the checks' threads, done on the GUI thread; true if the window changed. */
    public boolean settle() {
        if (checksProgressed.getAndSet(false) && done == null && wizard.current().body() == Screen.Body.CHECKS) {
            render(focusedKey());
            return true;
        }
        // focus moved (Tab, arrows): the help line follows it
        String hint = hint();
        if (status.isEmpty() && !hint.equals(hintShown)) {
            hintShown = hint;
            helpLine.setText(Text.fit(hint, COLUMNS - 1));
            return true;
        }
        // the draft is saved on another thread: its trouble (or the end of it) shows when it happens
        if (!session.draftProblem().equals(draftShown)) {
            render(focusedKey());
            return true;
        }
        return false;
    }

    /** The key of the focused field, check line or button (by its label), or null. */
    String focusedKey() {
        Interactable focused = window.getFocusedInteractable();
        String key = form.keyOf(focused);
        if (key == null) {
            key = checks.idOf(focused);
        }
        return key != null ? key : focused instanceof Button b ? b.getLabel() : null;
    }

    /** Builds the window for the current screen; {@code focus} is what to focus, or null for the first field. */
    void render(String focus) {
        if (size.getColumns() < COLUMNS || size.getRows() < ROWS) {
            window.setComponent(new Label("Terminal too small: " + size.getColumns() + "x" + size.getRows()
                    + ".\nedge-site needs at least " + COLUMNS + "x" + ROWS + ".\nEnlarge it, or press Ctrl-L after resizing."));
            return;
        }
        Screen screen = wizard.current();
        probeStatus = session.checksShown(done == null && screen.body() == Screen.Body.CHECKS);
        Panel root = new Panel(new BorderLayout());
        Panel top = new Panel(new LinearLayout(Direction.VERTICAL));
        top.addComponent(new Label(StepLine.of(wizard, COLUMNS - 1)));
        List<String> intro = Text.wrap(done != null ? "The files are written." : screen.intro(), COLUMNS - 2);
        intro.forEach(line -> top.addComponent(new Label(line)));
        top.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        root.addComponent(top, BorderLayout.Location.TOP);
        int room = size.getRows() - (2 + intro.size()) - 3; // header, intro and a blank row; buttons, status, keys
        Body body = body(screen, focus, room);
        root.addComponent(body.panel(), BorderLayout.Location.CENTER);
        Panel bottom = new Panel(new LinearLayout(Direction.VERTICAL));
        Interactable toFocus = body.focus();
        if (done == null) {
            Buttons.Built buttons = Buttons.build(this, screen, focus, toFocus);
            bottom.addComponent(buttons.panel());
            toFocus = buttons.focus();
        }
        // the status when there is one, else the focused field's hint: a fixed row, so nothing moves
        hintShown = hint();
        helpLine = new Label(Text.fit(status.isEmpty() ? hintShown : status, COLUMNS - 1));
        bottom.addComponent(helpLine);
        // a draft that cannot be saved (or is read-only) says so here until that is no longer true
        String draft = session.draftProblem();
        draftShown = draft;
        bottom.addComponent(draft.isEmpty() ? new Label(HINTS) : new Label(Text.fit(draft, COLUMNS - 1)));
        root.addComponent(bottom, BorderLayout.Location.BOTTOM);
        window.setComponent(root);
        if (toFocus != null) {
            window.setFocusedInteractable(toFocus);
        }
    }

    /** A screen's body and what to focus in it. */
    private record Body(Panel panel, Interactable focus) {
    }

    private Body body(Screen screen, String focus, int room) {
        if (done != null) {
            Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
            done.forEach(line -> panel.addComponent(new Label(line)));
            Button quit = new Button("Quit", session::quit);
            panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));
            panel.addComponent(quit);
            return new Body(panel, quit);
        }
        return switch (screen.body()) {
            case CHECKS -> {
                // run again only when the answers changed, not on every visit
                if (session.checks() == null || !session.checks().isFor(wizard.site().site())) {
                    session.runChecks(this::checksProgressed);
                }
                ChecksPane.Built b = checks.build(session.checks(), probeStatus, wizard::remedy, focus, room, id -> render(id), () -> {
                    session.runChecks(this::checksProgressed);
                    render(ChecksPane.RUN_AGAIN);
                }, fixes -> keys.confirmFixes(fixes));
                yield new Body(b.panel(), b.focus());
            }
            case REVIEW -> {
                Panel p = review.build(wizard.reviewText(), wizard.screens(), size.getRows() - 11, mono, moves::editFromReview);
                yield new Body(p, review.text());
            }
            case FORM -> {
                FormPane.Built b = form.build(screen, focus, room, this::changed, form::left, this::acted);
                yield new Body(b.panel(), b.focus());
            }
        };
    }

    /** The form was replaced (a draft resumed or discarded): widgets are built again from it. */
    void forget() {
        form.forget();
        checks.forget();
    }
}
