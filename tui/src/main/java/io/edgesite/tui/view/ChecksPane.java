package io.edgesite.tui.view;

import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import io.edgesite.tui.terminal.Themes;
import io.edgesite.checks.CheckResult;
import io.edgesite.checks.SiteFix;
import io.edgesite.checks.Verdict;
import io.edgesite.tui.wizard.CheckRun;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** The checks screen: a line per check with its state, the chosen check's evidence and remedy, and actions. */
final class ChecksPane {
    static final String RUN_AGAIN = "Run again";
    static final String APPLY = "Apply fixes";
    static final String LIST = "Back to the list";
    /** The line that stands for the checks that passed. */
    static final String PASSED = "passed";
    private boolean showPassed;
    private final boolean mono;

    private final Map<String, Button> lines = new HashMap<>();
    private String selected;

    ChecksPane(boolean mono) {
        this.mono = mono;
    }

    /** The body and the widget to focus. */
    record Built(Panel panel, Interactable focus) {
    }

    /**
     * @param remedy a check's remedy in the wizard's words
     * @param focus the check id or button label to focus, or null
     * @param chosen called with a check's id when Enter is pressed on its line
     * @param again called by Run again
     * @param apply called by Apply fixes, with the fixes' descriptions
     */
    Built build(CheckRun run, String probeStatus, Function<CheckResult, String> remedy, String focus, int room,
            Consumer<String> chosen, Runnable again, Consumer<List<String>> apply) {
        Panel body = new Panel(new LinearLayout(Direction.VERTICAL).setSpacing(0));
        lines.clear();
        List<CheckRun.Row> rows = run.rows();
        CheckRun.Row shown = rows.stream().filter(r -> r.id().equals(selected) && r.result() != null).findFirst()
                .orElse(null);
        Interactable toFocus = shown == null ? list(body, rows, focus, chosen) : detail(body, shown, remedy, room, chosen);
        long done = rows.stream().filter(r -> r.result() != null).count();
        long failed = rows.stream().filter(r -> r.result() != null && r.result().verdict() == Verdict.FAIL).count();
        body.addComponent(new Label(run.finished() ? rows.size() + " checks done, " + failed + " failed. " + probeStatus
                : "Checking: " + done + " of " + rows.size() + " done. " + probeStatus));
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        if (shown != null) {
            Button back = new Button(LIST, () -> {
                String id = selected;
                selected = null;
                chosen.accept(id);
            });
            buttons.addComponent(back);
            toFocus = LIST.equals(focus) ? back : toFocus;
        }
        Button runAgain = new Button(RUN_AGAIN, () -> {
            selected = null;
            again.run();
        });
        buttons.addComponent(runAgain);
        if (RUN_AGAIN.equals(focus)) {
            toFocus = runAgain;
        }
        List<SiteFix> fixes = run.finished() ? run.fixes() : List.of();
        if (!fixes.isEmpty()) {
            Button applyFixes = new Button(APPLY + " (" + fixes.size() + ")",
                    () -> apply.accept(fixes.stream().map(SiteFix::description).toList()));
            buttons.addComponent(applyFixes);
            if (focus != null && focus.startsWith(APPLY)) {
                toFocus = applyFixes;
            }
        }
        body.addComponent(buttons);
        return new Built(body, toFocus);
    }

    /** A line per check; Enter on one shows its evidence and remedy. */
    private Interactable list(Panel body, List<CheckRun.Row> rows, String focus, Consumer<String> chosen) {
        if (rows.isEmpty()) {
            body.addComponent(new Label("No check applies to these answers."));
        }
        Interactable toFocus = null;
        // once every check is done, those that passed share one line (Enter lists them): what needs a look stands out
        List<CheckRun.Row> passed = rows.stream().filter(r -> r.result() != null
                && r.result().verdict() == Verdict.PASS).toList();
        boolean fold = !showPassed && passed.size() > 1 && rows.stream().allMatch(r -> r.result() != null);
        if (fold) {
            Button all = new Button(Text.fit("PASS  " + passed.size() + " checks: " + String.join(", ",
                    passed.stream().map(CheckRun.Row::title).toList()), WizardWindow.COLUMNS - 4), () -> {
                        showPassed = true;
                        chosen.accept(PASSED);
                    });
            lines.put(PASSED, all);
            body.addComponent(all);
            if (PASSED.equals(focus)) {
                toFocus = all;
            }
        }
        for (CheckRun.Row row : rows) {
            if (fold && passed.contains(row)) {
                continue;
            }
            Button b = new Button(Text.fit(line(row), WizardWindow.COLUMNS - 4), () -> {
                selected = row.id();
                chosen.accept(row.id());
            });
            lines.put(row.id(), b);
            body.addComponent(b);
            if (row.id().equals(focus) || toFocus == null) {
                toFocus = b;
            }
        }
        return toFocus != null ? toFocus : lines.get(PASSED);
    }

    /** One check whole: its line, then its evidence and remedy in a box the arrows and PageDown scroll. */
    private Interactable detail(Panel body, CheckRun.Row row, Function<CheckResult, String> remedy, int room,
            Consumer<String> chosen) {
        body.addComponent(new Label(Text.fit(line(row), WizardWindow.COLUMNS - 2)));
        TextBox text = new TextBox(new TerminalSize(WizardWindow.COLUMNS - 2, Math.max(3, room - 4)),
                String.join("\n", detail(row.result(), remedy.apply(row.result()))), TextBox.Style.MULTI_LINE);
        text.setReadOnly(true);
        if (mono) {
            text.setTheme(Themes.readOnlyMono());
        }
        body.addComponent(text);
        return text;
    }

    /** The evidence and remedy of a check, wrapped to the box. */
    private static List<String> detail(CheckResult result, String remedy) {
        List<String> lines = new ArrayList<>();
        for (String e : result.evidence()) {
            lines.addAll(Text.wrap(e, WizardWindow.COLUMNS - 4));
        }
        if (!remedy.isBlank()) {
            lines.add("");
            lines.addAll(Text.wrap("Remedy: " + remedy, WizardWindow.COLUMNS - 4));
        }
        return lines;
    }

    static String line(CheckRun.Row row) {
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

    /** The check id of a focused line, or null. */
    String idOf(Interactable focused) {
        return lines.entrySet().stream().filter(e -> e.getValue() == focused).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    void forget() {
        selected = null;
        showPassed = false;
    }
}
