package io.edgesite.tui.wizard;

import java.util.List;

/** What a screen lists: a single field, or a group whose fields depend on how many entries the form has. */
public sealed interface Item permits Field, Group {
    /** The fields this item shows for the form as it is now. */
    List<Field> fields(Form form);
}
