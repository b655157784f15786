package io.edgesite.tui.view;

/** Which consecutive items of a long list fit in a number of rows, with the focused one among them. */
final class ScrollWindow {
    private ScrollWindow() {
    }

    /**
     * The items [from, to) that fit in {@code room} rows (leaving a row for each "more" marker needed) with the
     * focused one ({@code focusAt}, -1 for none) among them; the window stays at {@code top} while the focus is
     * inside it, so the screen does not jump at every Tab. {@code reset} starts again from the top.
     */
    static int[] of(int[] rows, int focusAt, int top, boolean reset, int room) {
        int total = 0;
        for (int r : rows) {
            total += r;
        }
        if (total <= room) {
            return new int[] {0, rows.length};
        }
        int from = reset ? 0 : Math.min(top, Math.max(0, rows.length - 1));
        if (focusAt >= 0 && focusAt < from) {
            from = focusAt;
        }
        int to = fill(rows, from, room);
        while (focusAt >= to && from < focusAt) {
            from++;
            to = fill(rows, from, room);
        }
        return new int[] {from, Math.max(to, Math.min(from + 1, rows.length))};
    }

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
}
