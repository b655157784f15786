package io.edgesite.tui.wizard;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Saves the draft off the UI thread: changes within {@value #QUIET_MS} ms become one save, a screen change
 * saves at once, and a signal's shutdown saves what is pending before the process ends. A save that fails
 * leaves a problem to show until one succeeds.
 */
final class DraftSaver {
    static final long QUIET_MS = 300;
    private final DraftStore store;
    private DraftStore.Draft latest;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "draft-saver");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<String> problem = new AtomicReference<>("");
    private boolean pending;
    private boolean scheduled;

    private final Thread hook = new Thread(this::flush, "draft-flush");

    DraftSaver(DraftStore store) {
        this.store = store;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** This saver is replaced (a separate draft): its thread and its shutdown save go, with nothing pending. */
    void retire() {
        cancel();
        thread.shutdown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs, with nothing pending to save
        }
    }

    /**
     * A value changed: saved after a quiet moment, together with the changes that follow it.
     *
     * @param draft the draft as the form stands, a copy taken on the UI thread
     */
    synchronized void changed(DraftStore.Draft draft) {
        latest = draft;
        pending = true;
        if (!scheduled) {
            scheduled = true;
            thread.schedule(this::saveNow, QUIET_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** The screen changed: saved now, off the UI thread. */
    synchronized void soon(DraftStore.Draft draft) {
        latest = draft;
        pending = true;
        thread.execute(this::saveNow);
    }

    /**
     * Saves what is pending, on the calling thread (shutdown, quit); a save already under way on the saver's
     * thread is waited for, so that the draft on disk is complete when this returns.
     */
    void flush() {
        saveNow();
        synchronized (store) {
            // nothing to do: holding the lock means no save is half done
        }
    }

    private void saveNow() {
        DraftStore.Draft draft;
        synchronized (this) {
            scheduled = false;
            if (!pending) {
                return;
            }
            pending = false;
            draft = latest;
        }
        try {
            synchronized (store) {
                store.save(draft);
            }
            problem.set("");
        } catch (IOException | RuntimeException e) {
            problem.set("Draft not saved (" + store.file() + ": " + reason(e) + "); retrying with the next change.");
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("/\\S*\\.tmp", "");
    }

    /** Forgets what is pending: the draft is about to be removed (written, or started over). */
    synchronized void cancel() {
        pending = false;
    }

    /** Why the last save failed, or empty. */
    String problem() {
        return problem.get();
    }
}
