package io.edgesite.tui.view;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.GridLayout;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Panel;
import io.edgesite.tui.wizard.Field;
import io.edgesite.tui.wizard.FieldKind;
import io.edgesite.tui.wizard.Screen;
import io.edgesite.tui.wizard.Wizard;
import io.edgesite.validators.Finding;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The fields of a form screen in a layout that never jumps: a fixed label column, each field with a message
 * row of its own (blank until the field is left or Next is pressed with an error in it), and a window of the
 * fields that follows the focus on a long screen.
 */
final class FormPane {
    static final int LABEL_WIDTH = 20;
    /** A message row spans both columns but never wider than they are, so no column moves. */
    static final int MESSAGE_WIDTH = LABEL_WIDTH + 1 + FieldWidgets.WIDTH;

    private final Wizard wizard;
    private final boolean mono;
    private final Map<String, Component> widgets = new HashMap<>();
    private final Map<String, Label> messages = new HashMap<>();
    private final Set<String> touched = new HashSet<>();
    /** The fields on screen now. */
    private final Set<String> shown = new HashSet<>();
    private final Map<String, Integer> scrollTop = new HashMap<>();

    FormPane(Wizard wizard, boolean mono) {
        this.wizard = wizard;
        this.mono = mono;
    }

    /** The body and the widget to focus ({@code focus} is a field key, or null for the first field). */
    record Built(Panel panel, Interactable focus) {
    }

    Built build(Screen screen, String focus, int room, Consumer<Field> changed, Consumer<Field> left,
            BiConsumer<Field, String> acted) {
        Panel body = new Panel(new LinearLayout(Direction.VERTICAL).setSpacing(0));
        Panel grid = new Panel(new GridLayout(2).setHorizontalSpacing(1).setVerticalSpacing(0));
        List<Field> fields = visible(screen);
        // What a field derives (the overlay VIP under its range) stays in view with it.
        int anchor = fields.stream().map(Field::key).toList().indexOf(focus);
        while (anchor >= 0 && anchor + 1 < fields.size() && fields.get(anchor + 1).kind() == FieldKind.INFO) {
            anchor++;
        }
        int[] window = ScrollWindow.of(rows(fields), anchor, scrollTop.getOrDefault(screen.id(), 0), focus == null, room);
        scrollTop.put(screen.id(), window[0]);
        shown.clear();
        messages.clear();
        Interactable toFocus = null;
        if (window[0] > 0) {
            body.addComponent(new Label("  ^ " + window[0] + " more above (Shift-Tab)"));
        }
        body.addComponent(grid);
        for (Field field : fields.subList(window[0], window[1])) {
            shown.add(field.key());
            Component widget = widgets.computeIfAbsent(field.key(), k -> FieldWidgets.create(field, wizard.form(), changed, left, acted));
            FieldWidgets.refresh(field, widget, wizard.form());
            String label = field.kind() == FieldKind.ACTION ? "" : Text.fit(field.label(), LABEL_WIDTH);
            grid.addComponent(new Label(Text.pad(label, LABEL_WIDTH)),
                    GridLayout.createLayoutData(GridLayout.Alignment.BEGINNING, GridLayout.Alignment.BEGINNING));
            grid.addComponent(widget);
            if (hasMessageRow(field)) {
                Label message = new Label(messageText(field));
                style(message);
                grid.addComponent(message, GridLayout.createHorizontallyFilledLayoutData(2));
                messages.put(field.key(), message);
            }
            if (widget instanceof Interactable i && (field.key().equals(focus) || focus == null && toFocus == null)) {
                toFocus = i;
            }
        }
        if (window[1] < fields.size()) {
            body.addComponent(new Label("  v " + (fields.size() - window[1]) + " more below (Tab)"));
        }
        return new Built(body, toFocus);
    }

    List<Field> visible(Screen screen) {
        return screen.fields(wizard.form()).stream().filter(f -> f.isVisible(wizard.form())).toList();
    }

    /** Rows each field takes: its widget and, for a field that can be wrong, its message row. */
    private int[] rows(List<Field> fields) {
        int[] rows = new int[fields.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = FieldWidgets.rows(fields.get(i), wizard.form()) + (hasMessageRow(fields.get(i)) ? 1 : 0);
        }
        return rows;
    }

    static boolean hasMessageRow(Field field) {
        return field.kind() != FieldKind.ACTION && field.kind() != FieldKind.INFO;
    }

    /** Whether the field is on screen now (a long screen shows a window of its fields). */
    boolean shows(String key) {
        return shown.contains(key);
    }

    /** The field was left: its finding shows from now on. */
    void left(Field field) {
        touched.add(field.key());
        refreshMessage(field);
    }

    /** Next was pressed: every finding of the screen shows. */
    void touchAll(Screen screen) {
        screen.fields(wizard.form()).forEach(f -> touched.add(f.key()));
    }

    /** Updates the message rows and derived values after a change; the layout stays as it is. */
    void refresh(Screen screen) {
        for (Field f : screen.fields(wizard.form())) {
            Component w = widgets.get(f.key());
            if (w != null) {
                FieldWidgets.refresh(f, w, wizard.form());
            }
            refreshMessage(f);
        }
    }

    private void refreshMessage(Field field) {
        Label message = messages.get(field.key());
        if (message != null) {
            String text = messageText(field);
            if (!text.equals(message.getText())) {
                message.setText(text);
            }
        }
    }

    /** The first error of a field that has been left, on one line, marked "!"; blank otherwise. */
    String messageText(Field field) {
        String error = error(field);
        // A blank row is one space: an empty label would take no row, and the rows below would move up.
        return error.isEmpty() ? " " : Text.fit("  ! " + error, MESSAGE_WIDTH);
    }

    /** The whole first error of the field, once it has been left; "" when none. */
    String error(Field field) {
        if (!touched.contains(field.key())) {
            return "";
        }
        return wizard.findingsFor(field).stream().filter(Finding::isError).findFirst().map(Finding::message).orElse("");
    }

    private void style(Label message) {
        if (!mono) {
            // High contrast on the blue background: white on red.
            message.setForegroundColor(TextColor.ANSI.WHITE_BRIGHT);
            message.setBackgroundColor(TextColor.ANSI.RED);
        }
    }

    /** The form was replaced (a draft resumed): widgets are built again from it, and nothing has been left yet. */
    void forget() {
        widgets.clear();
        touched.clear();
    }

    /** An add or remove button changed which fields exist: their widgets are built again. */
    void rebuildWidgets() {
        widgets.clear();
    }

    /** The field key a widget edits, or null. */
    String keyOf(Interactable focused) {
        for (Map.Entry<String, Component> e : widgets.entrySet()) {
            if (e.getValue() == focused) {
                return e.getKey();
            }
        }
        return null;
    }
}
