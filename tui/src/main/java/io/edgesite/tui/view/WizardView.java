package io.edgesite.tui.view;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.GridLayout;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowListenerAdapter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.edgesite.tui.wizard.Field;
import io.edgesite.tui.wizard.FieldKind;
import io.edgesite.tui.wizard.Screen;
import io.edgesite.tui.wizard.Wizard;
import io.edgesite.tui.wizard.WizardScreens;
import io.edgesite.validators.Finding;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one window of the wizard: a header, the current screen's fields as widgets with their errors,
 * buttons, and a key hint line. It holds no rules: it asks the {@link Wizard} and shows the answer.
 */
public final class WizardView {
    public static final int MIN_COLUMNS = 80;
    public static final int MIN_ROWS = 24;
    static final String HINTS = "Tab/arrows move  Enter select  Ctrl-N next  Esc back  Ctrl-L redraw  Ctrl-C quit";
    private static final int LABEL_WIDTH = 19;

    /** What the view asks of the program around it. */
    public interface Actions {
        /** The form changed: save the draft. */
        void changed();

        /** Write the files; returns the lines of the final message. */
        List<String> write() throws Exception;

        void quit();

        void redraw();

        /** Whether a draft was found at start, so the welcome screen offers to resume it. */
        boolean draftOffered();

        void resumeDraft();

        void discardDraft();

        /** The latest run of the host checks, or null before the first. */
        io.edgesite.tui.wizard.CheckRun checks();

        /** Starts the checks again for the answers as they are; {@code changed} hears their progress. */
        void runChecks(Runnable changed);

        /** Applies the user-data changes the checks offer. */
        void applyFixes();

        /** The checks screen appeared or went away (the host answers probes while it is shown); a status line. */
        String checksShown(boolean shown);
    }

    private final Wizard wizard;
    private final Actions actions;
    private final boolean mono;
    private final BasicWindow window = new BasicWindow();
    private final Map<String, Component> widgets = new HashMap<>();
    private final Map<String, Label> errorLabels = new HashMap<>();
    private final Set<String> touched = new HashSet<>();
    /** The fields on screen now: a long screen shows a window of its fields that follows the focus. */
    private final Set<String> shown = new HashSet<>();
    private final Map<String, Integer> scrollTop = new HashMap<>();
    private String status = "";
    private boolean relayout;
    private boolean confirmingQuit;
    private boolean confirmingFixes;
    private String selectedCheck;
    private String probeStatus = "";
    private final Map<String, Button> checkButtons = new HashMap<>();
    /** Work handed over by the check threads, done on the GUI thread in {@link #settle()}. */
    private final java.util.concurrent.atomic.AtomicBoolean checksChanged = new java.util.concurrent.atomic.AtomicBoolean();
    private List<String> done;
    private TerminalSize size = new TerminalSize(MIN_COLUMNS, MIN_ROWS);

    public WizardView(Wizard wizard, Actions actions, boolean mono) {
        this.wizard = wizard;
        this.actions = actions;
        this.mono = mono;
        window.setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS));
        window.addWindowListener(new WindowListenerAdapter() {
            @Override
            public void onInput(Window w, KeyStroke key, AtomicBoolean deliver) {
                if (handleKey(key)) {
                    deliver.set(false);
                }
            }
        });
        render(null);
    }

    public Window window() {
        return window;
    }

    /** The terminal size changed (or was measured again): lay out for it. */
    public void resized(TerminalSize newSize) {
        size = newSize;
        render(focusedKey());
    }

    /** Lays out for the terminal's size unless the screen already is (it starts at 80x24). */
    void resizedIfChanged(TerminalSize newSize) {
        if (!newSize.equals(size)) {
            resized(newSize);
        }
    }

    boolean handleKey(KeyStroke key) {
        if (confirmingFixes) {
            confirmingFixes = false;
            status = "";
            if (key.getKeyType() == KeyType.Character && Character.toLowerCase(key.getCharacter()) == 'y') {
                actions.applyFixes();
                forgetWidgets();
                status = "Fixes applied to the answers; checking again.";
                actions.runChecks(this::checksProgressed);
            }
            render(focusedKey());
            return true;
        }
        if (confirmingQuit) {
            confirmingQuit = false;
            if (key.getKeyType() == KeyType.Character && Character.toLowerCase(key.getCharacter()) == 'y') {
                actions.quit();
            } else {
                status = "";
                render(focusedKey());
            }
            return true;
        }
        if (key.isCtrlDown() && key.getKeyType() == KeyType.Character) {
            char c = Character.toLowerCase(key.getCharacter());
            if (c == 'c') {
                confirmingQuit = true;
                status = "Quit? Your answers stay in the draft. Press y to quit, any other key to stay.";
                render(focusedKey());
                return true;
            }
            if (c == 'l') {
                actions.redraw();
                return true;
            }
            if (c == 'n' && done == null && !(wizard.current().id().equals(WizardScreens.WELCOME) && actions.draftOffered())) {
                next();
                return true;
            }
        }
        if (key.getKeyType() == KeyType.Escape) {
            back();
            return true;
        }
        return done == null && scrollTo(key);
    }

    /**
     * Moves the window of a long screen when focus would leave it: Tab (or an arrow, outside a
     * multi-line box) on the last field shown brings the next one into view and focuses it.
     */
    private boolean scrollTo(KeyStroke key) {
        KeyType type = key.getKeyType();
        String focused = focusedKey();
        if (focused == null || focused.startsWith("#")) {
            return false;
        }
        Field current = fieldByKey(focused);
        boolean multiLine = current != null && current.kind() == FieldKind.LINES;
        int step;
        if (type == KeyType.Tab || (type == KeyType.ArrowDown && !multiLine)) {
            step = 1;
        } else if (type == KeyType.ReverseTab || (type == KeyType.ArrowUp && !multiLine)) {
            step = -1;
        } else {
            return false;
        }
        List<Field> focusable = visibleFields().stream().filter(f -> f.kind() != FieldKind.INFO).toList();
        int at = -1;
        for (int i = 0; i < focusable.size(); i++) {
            if (focusable.get(i).key().equals(focused)) {
                at = i;
            }
        }
        int next = at + step;
        if (at < 0 || next < 0 || next >= focusable.size() || shown.contains(focusable.get(next).key())) {
            return false;
        }
        render(focusable.get(next).key());
        return true;
    }

    private List<Field> visibleFields() {
        return wizard.current().fields(wizard.form()).stream().filter(f -> f.isVisible(wizard.form())).toList();
    }

    private Field fieldByKey(String key) {
        for (Field f : wizard.current().fields(wizard.form())) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        return null;
    }

    void next() {
        if (wizard.current().id().equals(WizardScreens.WRITE)) {
            write();
            return;
        }
        Screen before = wizard.current();
        List<Finding> errors = wizard.next();
        if (!errors.isEmpty()) {
            before.fields(wizard.form()).forEach(f -> touched.add(f.key()));
            status = errors.size() == 1 ? "1 error on this screen: fix it to go on."
                    : errors.size() + " errors on this screen: fix them to go on.";
            Field first = wizard.firstFieldWithError();
            render(first == null ? null : first.key());
            return;
        }
        status = "";
        actions.changed();
        render(null);
    }

    void back() {
        if (done != null) {
            return;
        }
        wizard.back();
        status = "";
        actions.changed();
        render(null);
    }

    private void write() {
        List<Finding> errors = wizard.findings().stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            status = "Not written: " + errors.get(0).path() + ": " + errors.get(0).message();
            render(focusedKey());
            return;
        }
        try {
            done = actions.write();
            status = "";
        } catch (Exception e) {
            status = "Not written: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        render(null);
    }

    private void changed(Field field) {
        actions.changed();
        Screen screen = wizard.current();
        boolean layout = field.kind() == FieldKind.CHOICE || field.kind() == FieldKind.TOGGLE;
        if (layout) {
            render(field.key());
            return;
        }
        for (Field f : screen.fields(wizard.form())) {
            Component w = widgets.get(f.key());
            if (w != null) {
                FieldWidgets.refresh(f, w, wizard.form());
            }
        }
        Label error = errorLabels.get(field.key());
        if (error != null) {
            error.setText(String.join("\n", Text.wrap(errorText(field), MIN_COLUMNS - 2)));
        }
    }

    /** An add or remove button changed which fields exist: build them again and focus where it says. */
    private void acted(Field field, String focus) {
        actions.changed();
        widgets.clear();
        render(focus);
    }

    private void left(Field field) {
        touched.add(field.key());
        if (errorLabels.containsKey(field.key()) != !errorText(field).isEmpty()) {
            // Lanterna is still moving focus: lay out again once it has landed (see settle()).
            relayout = true;
        }
    }

    private void checksProgressed() {
        checksChanged.set(true);
    }

    /** Applies a layout change deferred during a focus move, keeping focus where it landed; true if it did. */
    public boolean settle() {
        if (checksChanged.getAndSet(false) && done == null && wizard.current().id().equals(WizardScreens.CHECKS)) {
            relayout = false;
            render(focusedKey());
            return true;
        }
        if (relayout) {
            relayout = false;
            render(focusedKey());
            return true;
        }
        return false;
    }

    private String errorText(Field field) {
        if (!touched.contains(field.key())) {
            return "";
        }
        for (Finding f : wizard.findingsFor(field)) {
            if (f.isError()) {
                return (mono ? "! " : "") + f.message();
            }
        }
        return "";
    }

    private String focusedKey() {
        Interactable focused = window.getFocusedInteractable();
        for (Map.Entry<String, Component> e : widgets.entrySet()) {
            if (e.getValue() == focused) {
                return e.getKey();
            }
        }
        for (Map.Entry<String, Button> e : checkButtons.entrySet()) {
            if (e.getValue() == focused) {
                return "check:" + e.getKey();
            }
        }
        return focused instanceof Button b ? "#" + b.getLabel() : null;
    }

    /** Builds the window for the current screen; {@code focus} is the field to focus, or null for the first. */
    void render(String focus) {
        if (size.getColumns() < MIN_COLUMNS || size.getRows() < MIN_ROWS) {
            window.setComponent(new Label("Terminal too small: " + size.getColumns() + "x" + size.getRows()
                    + ".\nedge-site needs at least " + MIN_COLUMNS + "x" + MIN_ROWS
                    + ".\nEnlarge it, or press Ctrl-L after resizing."));
            return;
        }
        Screen screen = wizard.current();
        probeStatus = actions.checksShown(done == null && screen.id().equals(WizardScreens.CHECKS));
        Panel root = new Panel(new BorderLayout());
        Panel top = new Panel(new LinearLayout(Direction.VERTICAL));
        top.addComponent(new Label("edge-site   Step " + (wizard.currentIndex() + 1) + " of " + wizard.screens().size()
                + "   " + screen.title()));
        for (String line : Text.wrap(done != null ? "The files are written." : screen.intro(), MIN_COLUMNS - 2)) {
            top.addComponent(new Label(line));
        }
        top.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        root.addComponent(top, BorderLayout.Location.TOP);

        Interactable toFocus = null;
        Panel body;
        errorLabels.clear();
        if (done != null) {
            body = new Panel(new LinearLayout(Direction.VERTICAL));
            for (String line : done) {
                body.addComponent(new Label(line));
            }
            Button quit = new Button("Quit", actions::quit);
            body.addComponent(new EmptySpace(new TerminalSize(1, 1)));
            body.addComponent(quit);
            toFocus = quit;
        } else if (screen.id().equals(WizardScreens.CHECKS)) {
            ChecksBody checks = checksBody(focus);
            body = checks.panel();
            toFocus = checks.focus();
        } else if (screen.id().equals(WizardScreens.REVIEW)) {
            body = reviewBody();
            // The review opens on the text, so arrows and PageDown scroll it straight away.
            toFocus = (Interactable) widgets.get("review.text");
        } else {
            // The "more" markers sit outside the grid: a component spanning both columns widens the labels.
            body = new Panel(new LinearLayout(Direction.VERTICAL).setSpacing(0));
            Panel grid = new Panel(new GridLayout(2).setHorizontalSpacing(1));
            List<Field> fields = visibleFields();
            int room = size.getRows() - (2 + Text.wrap(screen.intro(), MIN_COLUMNS - 2).size()) - 3;
            int[] window = window(screen.id(), fields, focus, room);
            shown.clear();
            if (window[0] > 0) {
                body.addComponent(new Label("  ^ " + window[0] + " more above (Shift-Tab)"));
            }
            body.addComponent(grid);
            for (Field field : fields.subList(window[0], window[1])) {
                shown.add(field.key());
                Component widget = widgets.computeIfAbsent(field.key(),
                        k -> FieldWidgets.create(field, wizard.form(), this::changed, this::left, this::acted));
                FieldWidgets.refresh(field, widget, wizard.form());
                String label = field.kind() == FieldKind.ACTION ? "" : Text.fit(field.label(), LABEL_WIDTH);
                grid.addComponent(new Label(Text.pad(label, LABEL_WIDTH)),
                        GridLayout.createLayoutData(GridLayout.Alignment.BEGINNING, GridLayout.Alignment.BEGINNING));
                grid.addComponent(widget);
                String error = errorText(field);
                if (!error.isEmpty()) {
                    Label errorLabel = new Label(String.join("\n", Text.wrap(error, MIN_COLUMNS - 2)));
                    if (!mono) {
                        errorLabel.setForegroundColor(TextColor.ANSI.RED);
                    }
                    grid.addComponent(errorLabel, GridLayout.createHorizontallyFilledLayoutData(2));
                    errorLabels.put(field.key(), errorLabel);
                }
                if (widget instanceof Interactable i && (field.key().equals(focus) || (focus == null && toFocus == null))) {
                    toFocus = i;
                }
            }
            if (window[1] < fields.size()) {
                body.addComponent(new Label("  v " + (fields.size() - window[1]) + " more below (Tab)"));
            }
        }
        root.addComponent(body, BorderLayout.Location.CENTER);

        Panel bottom = new Panel(new LinearLayout(Direction.VERTICAL));
        if (done == null) {
            Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
            if (screen.id().equals(WizardScreens.WELCOME) && actions.draftOffered()) {
                Button resume = new Button("Resume draft", () -> {
                    actions.resumeDraft();
                    forgetWidgets();
                    render(null);
                });
                buttons.addComponent(resume);
                buttons.addComponent(new Button("Start over", () -> {
                    actions.discardDraft();
                    forgetWidgets();
                    render(null);
                }));
                if (toFocus == null || focus == null) {
                    toFocus = resume;
                }
            } else {
                if (wizard.currentIndex() > 0) {
                    Button back = new Button("Back", this::back);
                    buttons.addComponent(back);
                    if ("#Back".equals(focus)) {
                        toFocus = back;
                    }
                }
                Button next = new Button(screen.id().equals(WizardScreens.WRITE) ? "Write" : "Next", this::next);
                buttons.addComponent(next);
                if (toFocus == null || ("#" + next.getLabel()).equals(focus)) {
                    toFocus = next;
                }
            }
            bottom.addComponent(buttons);
        }
        bottom.addComponent(new Label(Text.fit(status, MIN_COLUMNS - 1)));
        bottom.addComponent(new Label(HINTS));
        root.addComponent(bottom, BorderLayout.Location.BOTTOM);
        window.setComponent(root);
        if (toFocus != null) {
            window.setFocusedInteractable(toFocus);
        }
    }

    /**
     * The fields [from, to) that fit in {@code room} rows with the focused one among them; the window
     * stays where it was while the focus is inside it, so the screen does not jump at every Tab.
     */
    private int[] window(String screenId, List<Field> fields, String focus, int room) {
        int[] rows = new int[fields.size()];
        int total = 0;
        int focusAt = -1;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            rows[i] = FieldWidgets.rows(f, wizard.form()) + Text.wrap(errorText(f), MIN_COLUMNS - 2).size()
                    - (errorText(f).isEmpty() ? 1 : 0);
            total += rows[i];
            if (f.key().equals(focus)) {
                focusAt = i;
            }
        }
        if (total <= room) {
            scrollTop.put(screenId, 0);
            return new int[] {0, fields.size()};
        }
        int from = focus == null ? 0 : Math.min(scrollTop.getOrDefault(screenId, 0), fields.size() - 1);
        if (focusAt >= 0 && focusAt < from) {
            from = focusAt;
        }
        int to = fill(rows, from, room);
        while (focusAt >= to && from < focusAt) {
            from++;
            to = fill(rows, from, room);
        }
        scrollTop.put(screenId, from);
        return new int[] {from, Math.max(to, Math.min(from + 1, fields.size()))};
    }

    /** How far from {@code from} the fields fit, leaving a line for each "more" marker needed. */
    private static int fill(int[] rows, int from, int room) {
        int avail = room - (from > 0 ? 1 : 0);
        int used = 0;
        int to = from;
        while (to < rows.length && used + rows[to] <= avail - (to + 1 < rows.length ? 1 : 0)) {
            used += rows[to];
            to++;
        }
        return to;
    }

    /** The checks screen's body and the widget to focus in it. */
    private record ChecksBody(Panel panel, Interactable focus) {
    }

    /** The checks screen: a line per check with its state, the chosen check's evidence and remedy, and actions. */
    private ChecksBody checksBody(String focus) {
        io.edgesite.tui.wizard.CheckRun run = actions.checks();
        if (run == null || run.formVersion() != wizard.form().version()) {
            actions.runChecks(this::checksProgressed);
            run = actions.checks();
        }
        Panel body = new Panel(new LinearLayout(Direction.VERTICAL).setSpacing(0));
        checkButtons.clear();
        Interactable checksFocus = null;
        List<io.edgesite.tui.wizard.CheckRun.Row> rows = run.rows();
        if (rows.isEmpty()) {
            body.addComponent(new Label("No check applies to these answers."));
        }
        io.edgesite.tui.wizard.CheckRun.Row chosen = null;
        for (io.edgesite.tui.wizard.CheckRun.Row row : rows) {
            Button b = new Button(Text.fit(checkLine(row), MIN_COLUMNS - 4), () -> {
                selectedCheck = row.id();
                render("check:" + row.id());
            });
            checkButtons.put(row.id(), b);
            body.addComponent(b);
            if (("check:" + row.id()).equals(focus) || checksFocus == null) {
                checksFocus = b;
            }
            if (row.id().equals(selectedCheck)) {
                chosen = row;
            }
        }
        long done = rows.stream().filter(r -> r.result() != null).count();
        long failed = rows.stream().filter(r -> r.result() != null
                && r.result().verdict() == io.edgesite.validators.checks.Verdict.FAIL).count();
        body.addComponent(new Label(run.finished() ? rows.size() + " checks done, " + failed + " failed. " + probeStatus
                : "Checking: " + done + " of " + rows.size() + " done. " + probeStatus));
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        Button again = new Button("Run again", () -> {
            selectedCheck = null;
            actions.runChecks(this::checksProgressed);
            render("#Run again");
        });
        buttons.addComponent(again);
        if ("#Run again".equals(focus)) {
            checksFocus = again;
        }
        int fixes = run.finished() ? run.fixes().size() : 0;
        if (fixes > 0) {
            Button apply = new Button("Apply fixes (" + fixes + ")", () -> {
                confirmingFixes = true;
                List<String> what = actions.checks().fixes().stream().map(io.edgesite.validators.checks.SiteFix::description).toList();
                status = "Apply to the answers: " + String.join("; ", what) + "? y/n";
                render(focusedKey());
            });
            buttons.addComponent(apply);
            if (focus != null && focus.startsWith("#Apply fixes")) {
                checksFocus = apply;
            }
        }
        body.addComponent(buttons);
        if (chosen != null && chosen.result() != null) {
            // header and blank line, intro, buttons/status/hints at the bottom, the list, its summary and buttons
            int room = size.getRows() - 2 - Text.wrap(wizard.current().intro(), MIN_COLUMNS - 2).size() - 3
                    - rows.size() - 2;
            List<String> lines = new java.util.ArrayList<>();
            for (String e : chosen.result().evidence()) {
                lines.addAll(Text.wrap("  " + e, MIN_COLUMNS - 2));
            }
            if (!chosen.result().remedy().isBlank()) {
                lines.addAll(Text.wrap("Remedy: " + chosen.result().remedy(), MIN_COLUMNS - 2));
            }
            if (lines.size() > room && room > 0) {
                lines = new java.util.ArrayList<>(lines.subList(0, room - 1));
                lines.add("  ... (edge-site check shows all of it)");
            }
            if (room > 0) {
                body.addComponent(new Label(String.join("\n", lines)));
            }
        }
        return new ChecksBody(body, checksFocus);
    }

    private static String checkLine(io.edgesite.tui.wizard.CheckRun.Row row) {
        String state = switch (row.state()) {
            case PENDING -> "....";
            case RUNNING -> "run ";
            case DONE -> switch (row.result().verdict()) {
                case PASS -> "PASS";
                case WARN -> "WARN";
                case FAIL -> "FAIL";
                case COULD_NOT_RUN -> "N/A ";
            };
        };
        return state + "  " + row.title() + (row.result() == null ? "" : ": " + row.result().summary());
    }

    private Panel reviewBody() {
        Panel body = new Panel(new LinearLayout(Direction.VERTICAL));
        int rows = Math.max(3, size.getRows() - 9);
        String review = String.join("\n", Text.wrap(wizard.reviewText(), MIN_COLUMNS - 4));
        TextBox text = new TextBox(new TerminalSize(MIN_COLUMNS - 2, rows), review, TextBox.Style.MULTI_LINE);
        text.setReadOnly(true);
        if (mono) {
            text.setTheme(Themes.readOnlyMono());
        }
        widgets.put("review.text", text);
        body.addComponent(text);
        Panel jumps = new Panel(new LinearLayout(Direction.HORIZONTAL));
        jumps.addComponent(new Label("Edit:"));
        Map<String, Integer> targets = new LinkedHashMap<>();
        List<Screen> screens = wizard.screens();
        for (int i = 1; i < screens.size(); i++) {
            String id = screens.get(i).id();
            if (!id.equals(WizardScreens.REVIEW) && !id.equals(WizardScreens.WRITE) && !id.equals("checks")) {
                targets.put(screens.get(i).title(), i);
            }
        }
        targets.forEach((title, index) -> jumps.addComponent(new Button(title, () -> {
            wizard.goTo(index);
            status = "";
            actions.changed();
            render(null);
        })));
        body.addComponent(jumps);
        return body;
    }

    /** The form was replaced (a draft resumed): widgets are built again from it. */
    private void forgetWidgets() {
        widgets.clear();
        touched.clear();
    }
}
