package io.edgesite.checks;

import io.edgesite.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/** Every prerequisite check, run in parallel, each within its own time bound; one failing never stops the others. */
public final class CheckSuite {
    private final List<Check> checks;

    public CheckSuite(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The checks Palette's docs ask for, in the order they are listed. */
    public static CheckSuite standard() {
        List<Check> all = new ArrayList<>(HardwareChecks.all());
        all.add(new NicCheck());
        all.add(new BroadcastCheck());
        all.add(new PathMtuCheck());
        all.add(new VxlanPortsCheck());
        all.add(new Vmxnet3Check());
        all.add(new NetworkdCheck());
        all.add(new CidrClashCheck());
        all.add(new VipCheck());
        all.add(new EndpointCheck());
        all.add(new RegistryCheck());
        all.add(new TimeCheck());
        all.add(new NtpServersCheck());
        all.add(new PeerClockCheck());
        return new CheckSuite(all);
    }

    /** The checks the answers call for. */
    public List<Check> applicable(Site site) {
        return checks.stream().filter(c -> c.appliesTo(site)).toList();
    }

    /** Runs the applicable checks; {@code started} hears each id as it starts, {@code done} each result as it ends. */
    public List<CheckResult> run(HostAccess access, Site site, Consumer<String> started, Consumer<CheckResult> done) {
        HostAccess host = access.fresh();
        List<Check> todo = applicable(site);
        if (todo.isEmpty()) {
            return List.of();
        }
        // Each result is reported once: a check cut off at its bound may still finish later.
        java.util.Set<String> reported = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Consumer<CheckResult> once = r -> {
            if (reported.add(r.id())) {
                done.accept(r);
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(todo.size(), r -> {
            Thread t = new Thread(r, "check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<CheckResult>> futures = new ArrayList<>();
            for (Check c : todo) {
                futures.add(pool.submit(() -> {
                    started.accept(c.id());
                    java.util.Optional<String> offline = c.usesNetwork() ? host.network().offline() : java.util.Optional.empty();
                    CheckResult r = offline.isPresent()
                            ? CheckResult.of(c.id(), c.title(), Verdict.COULD_NOT_RUN, offline.get(), List.of())
                            : c.run(host, site);
                    once.accept(r);
                    return r;
                }));
            }
            long start = System.nanoTime();
            List<CheckResult> out = new ArrayList<>();
            for (int i = 0; i < todo.size(); i++) {
                Check c = todo.get(i);
                long left = c.bound().toNanos() - (System.nanoTime() - start);
                out.add(await(c, futures.get(i), Math.max(0, left), once));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static CheckResult await(Check c, Future<CheckResult> f, long nanos, Consumer<CheckResult> done) {
        try {
            return f.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            CheckResult r = new CheckResult(c.id(), c.title(), Verdict.COULD_NOT_RUN,
                    "no result within " + c.bound().toMillis() + " ms", List.of(), "Run the check again.", List.of(), null);
            done.accept(r);
            return r;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            // The class name says what went wrong without quoting input that may hold a secret.
            CheckResult r = CheckResult.of(c.id(), c.title(), Verdict.COULD_NOT_RUN, "the check stopped: "
                    + cause.getClass().getSimpleName(), List.of());
            done.accept(r);
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.of(c.id(), c.title(), Verdict.COULD_NOT_RUN, "interrupted", List.of());
        }
    }

    /** 0 all pass, 1 any fail, 3 warnings or checks that could not run only. */
    public static int exitCode(List<CheckResult> results) {
        if (results.stream().anyMatch(r -> r.verdict() == Verdict.FAIL)) {
            return 1;
        }
        return results.stream().allMatch(r -> r.verdict() == Verdict.PASS) ? 0 : 3;
    }
}
