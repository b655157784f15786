package io.edgesite.tui.wizard;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A session's draft: the store it holds (or the process that holds it instead), the saver that keeps it
 * current off the UI thread, the draft found at start, and read-only mode.
 */
final class SessionDraft {
    private final Wizard wizard;
    private final Map<String, String> fresh;
    private DraftStore store;
    private DraftSaver saver;
    private Optional<DraftStore.Held> heldBy;
    private final Optional<DraftStore.Draft> found;
    private boolean offered;
    private boolean readOnly;
    private String lastEdited = "";

    /** @param fresh the form's values before any draft: what Start over and a resume begin from */
    SessionDraft(Wizard wizard, DraftStore store, Map<String, String> fresh) {
        this.wizard = wizard;
        this.fresh = fresh;
        this.store = store;
        this.heldBy = lockOrHolder(store);
        this.found = heldBy.isPresent() ? Optional.empty() : store.load();
        this.offered = found.isPresent();
        this.saver = new DraftSaver(store);
    }

    private static Optional<DraftStore.Held> lockOrHolder(DraftStore store) {
        try {
            return store.lock();
        } catch (IOException e) {
            // the folder cannot be made or written: saves will say so on the status line
            return Optional.empty();
        }
    }

    private boolean saving() {
        return heldBy.isEmpty() && !readOnly;
    }

    private DraftStore.Draft snapshot() {
        return new DraftStore.Draft(wizard.currentIndex(), wizard.form().values(), wizard.base().passthrough().tree(),
                lastEdited, null);
    }

    void changed() {
        if (saving()) {
            saver.changed(snapshot());
        }
    }

    void edited(String key) {
        lastEdited = key;
        changed();
    }

    void moved() {
        if (saving()) {
            saver.soon(snapshot());
        }
    }

    void flush() {
        if (saving()) {
            saver.flush();
        }
    }

    /** Quitting: what is pending saved, the draft let go for the next wizard. */
    void close() {
        flush();
        store.unlock();
    }

    /** The files are written: the draft has done its work. */
    void done() {
        saver.cancel();
        store.delete();
    }

    String problem() {
        if (readOnly) {
            return "Read-only: the draft is " + (heldBy.isPresent() ? "in use by " + heldBy.get().by() : "not saved") + ".";
        }
        return saver.problem();
    }

    Optional<DraftStore.Held> held() {
        return readOnly ? Optional.empty() : heldBy;
    }

    void separate() throws IOException {
        DraftStore other = store.separate();
        other.lock();
        store = other;
        saver.retire();
        saver = new DraftSaver(other);
        heldBy = Optional.empty();
        changed();
    }

    void readOnly() {
        readOnly = true;
    }

    String description() {
        return found.map(d -> {
            String when = d.saved() == null ? "" : " saved at " + java.time.format.DateTimeFormatter
                    .ofPattern("HH:mm 'on' d MMM").format(d.saved().atZone(java.time.ZoneId.systemDefault()));
            int screen = Math.max(0, Math.min(d.screen(), wizard.screens().size() - 1));
            return "A draft" + when + " is on the " + wizard.screens().get(screen).title() + " screen.";
        }).orElse("");
    }

    String resumedFocus() {
        return found.map(DraftStore.Draft::focus).orElse("");
    }

    boolean offered() {
        return offered && wizard.currentIndex() == 0;
    }

    void resume() {
        found.ifPresent(d -> {
            Map<String, String> values = new LinkedHashMap<>(fresh);
            values.putAll(d.values());
            if (!d.userData().isEmpty()) {
                wizard.rebase(new io.edgesite.model.Passthrough(d.userData()));
            }
            wizard.form().replaceAll(values);
            wizard.goTo(d.screen());
            lastEdited = d.focus();
        });
        offered = false;
    }

    void discard() {
        saver.cancel();
        store.delete();
        wizard.form().replaceAll(fresh);
        offered = false;
    }
}
