package io.edgesite.tui.wizard;

import io.edgesite.model.Site;
import io.edgesite.checks.Check;
import io.edgesite.checks.CheckResult;
import io.edgesite.checks.CheckSuite;
import io.edgesite.checks.HostAccess;
import io.edgesite.checks.SiteFix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One run of the host checks behind the checks screen: every check's state as the run goes on. */
public final class CheckRun {
    /** Where one check is. */
    public enum State { PENDING, RUNNING, DONE }

    /** A line of the progress list. */
    public record Row(String id, String title, State state, CheckResult result) {
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private Site site;
    private volatile boolean finished;

    private CheckRun() {
    }

    /** Starts the checks that apply to {@code site} on a background thread; {@code changed} hears every step. */
    public static CheckRun start(CheckSuite suite, HostAccess host, Site site, Runnable changed) {
        CheckRun run = new CheckRun();
        run.site = site;
        for (Check c : suite.applicable(site)) {
            run.rows.put(c.id(), new Row(c.id(), c.title(), State.PENDING, null));
        }
        Thread t = new Thread(() -> {
            suite.run(host, site, id -> run.update(id, State.RUNNING, null, changed),
                    r -> run.update(r.id(), State.DONE, r, changed));
            run.finished = true;
            changed.run();
        }, "checks");
        t.setDaemon(true);
        t.start();
        return run;
    }

    private void update(String id, State state, CheckResult result, Runnable changed) {
        synchronized (rows) {
            Row old = rows.get(id);
            if (old != null && old.state() != State.DONE) {
                rows.put(id, new Row(id, old.title(), state, result));
            }
        }
        changed.run();
    }

    public List<Row> rows() {
        synchronized (rows) {
            return new ArrayList<>(rows.values());
        }
    }

    public boolean finished() {
        return finished;
    }

    /** Whether these results are for this site: the answers the checks read are the same. */
    public boolean isFor(Site current) {
        return site.equals(current);
    }

    public List<CheckResult> results() {
        return rows().stream().filter(r -> r.result() != null).map(Row::result).toList();
    }

    /** The user-data changes the finished checks offer. */
    public List<SiteFix> fixes() {
        return results().stream().filter(r -> r.fix().isPresent()).map(r -> r.fix().get()).toList();
    }
}
