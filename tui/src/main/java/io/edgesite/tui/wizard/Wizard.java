package io.edgesite.tui.wizard;

import io.edgesite.model.Site;
import io.edgesite.render.UserDataRenderer;
import io.edgesite.validators.Finding;
import io.edgesite.validators.SiteValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * The wizard's state, without any terminal: the screens, the form, where the operator is, and the one
 * validation path (form to site, then {@link SiteValidator}) whose findings are placed next to fields.
 */
public final class Wizard {
    private final List<Screen> screens;
    private final Form form;
    private Site base;
    private List<io.edgesite.checks.CheckResult> checkResults = List.of();
    private final TextFiles files;
    private int current;
    private List<Finding> findings;
    private long findingsVersion = -1;

    public Wizard(List<Screen> screens, Form form, Site base, TextFiles files, int current) {
        this.screens = List.copyOf(screens);
        this.form = form;
        this.base = base;
        this.files = files;
        this.current = Math.max(0, Math.min(current, screens.size() - 1));
    }

    public List<Screen> screens() {
        return screens;
    }

    public Form form() {
        return form;
    }

    public int currentIndex() {
        return current;
    }

    public Screen current() {
        return screens.get(current);
    }

    public void goTo(int index) {
        current = Math.max(0, Math.min(index, screens.size() - 1));
    }

    /**
     * A field was edited by the operator. A new distribution brings its own pod and service ranges and CNI,
     * for each of them the operator has not edited and that still holds some distribution's default.
     */
    public void edited(String key) {
        edited.add(key);
        if (!key.equals(io.edgesite.properties.SiteProperties.DISTRIBUTION.path())) {
            return;
        }
        io.edgesite.model.Keyword.parse(io.edgesite.model.Distribution.class, form.get(key)).ifPresent(d -> {
            follow(io.edgesite.properties.SiteProperties.POD_CIDR.path(), io.edgesite.palette.EdgePacks::podCidr, d);
            follow(io.edgesite.properties.SiteProperties.SERVICE_CIDR.path(), io.edgesite.palette.EdgePacks::serviceCidr, d);
            follow(io.edgesite.properties.SiteProperties.CNI.path(), x -> io.edgesite.palette.EdgePacks.defaultCni(x).value(), d);
        });
    }

    private void follow(String key, java.util.function.Function<io.edgesite.model.Distribution, String> byDistribution,
            io.edgesite.model.Distribution chosen) {
        boolean aDefault = java.util.Arrays.stream(io.edgesite.model.Distribution.values()).map(byDistribution)
                .anyMatch(form.get(key).strip()::equals);
        if (!edited.contains(key) && aDefault) {
            form.set(key, byDistribution.apply(chosen));
        }
    }

    private final java.util.Set<String> edited = new java.util.HashSet<>();

    /** The site behind the form: what it has no field for (the answers' user-data keys). */
    public Site base() {
        return base;
    }

    /** The same form over other user-data keys (a draft's, on resume). */
    public void rebase(io.edgesite.model.Passthrough passthrough) {
        base = base.withPassthrough(passthrough);
    }

    /** The site the form describes now. */
    public FormBinding.Result site() {
        return FormBinding.toSite(form, base, files);
    }

    /** Every finding, conversion problems first; computed once per change of the form. */
    public List<Finding> findings() {
        if (findings == null || findingsVersion != form.version()) {
            FormBinding.Result r = site();
            List<Finding> all = new ArrayList<>(r.problems());
            all.addAll(SiteValidator.validate(r.site()));
            findings = List.copyOf(all);
            findingsVersion = form.version();
        }
        return findings;
    }

    /** The findings shown next to one field (only for fields the operator can see). */
    public List<Finding> findingsFor(Field field) {
        return findings().stream().filter(f -> field.owns(f.path())).toList();
    }

    /** Errors that keep the operator on a screen: those about its visible fields or its own paths. */
    public List<Finding> blockingErrors(Screen screen) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings()) {
            if (!f.isError() || !screen.covers(f.path(), form)) {
                continue;
            }
            boolean onHiddenField = screen.fields(form).stream()
                    .anyMatch(field -> field.owns(f.path()) && !field.isVisible(form));
            if (!onHiddenField) {
                out.add(f);
            }
        }
        return out;
    }

    /** Moves on when the current screen has no error; otherwise stays and returns the errors. */
    public List<Finding> next() {
        List<Finding> errors = blockingErrors(current());
        if (errors.isEmpty() && current < screens.size() - 1) {
            current++;
        }
        return errors;
    }

    public void back() {
        if (current > 0) {
            current--;
        }
    }

    /** The first visible field with an error on the current screen, for focusing it. */
    public Field firstFieldWithError() {
        List<Finding> errors = blockingErrors(current());
        for (Field field : current().fields(form)) {
            if (field.isVisible(form) && errors.stream().anyMatch(e -> field.owns(e.path()))) {
                return field;
            }
        }
        return null;
    }

    /**
     * How the wizard names a setting a check cites by its path: the field's label and its screen, or the
     * screen that holds it; the path itself when no screen does.
     */
    public String settingName(String path) {
        for (Screen s : screens) {
            for (Field f : s.fields(form)) {
                if (f.key().equals(path)) {
                    return "\"" + f.label() + "\" (" + s.title() + " screen)";
                }
            }
        }
        for (Screen s : screens) {
            if (s.covers(path, form)) {
                return "the " + s.title() + " screen";
            }
        }
        return path;
    }

    /** A check's remedy in the wizard's words: each setting it cites named by its field and screen. */
    public String remedy(io.edgesite.checks.CheckResult result) {
        String text = result.remedy();
        List<String> cited = new ArrayList<>(result.settings());
        // longer paths first, so that network.nics does not eat into network.nics[0].name
        cited.sort(java.util.Comparator.comparingInt(String::length).reversed());
        for (String path : cited) {
            text = text.replace(path, settingName(path));
        }
        return text;
    }

    /** The latest host check results, repeated on the review screen. */
    public void checkResults(List<io.edgesite.checks.CheckResult> results) {
        checkResults = List.copyOf(results);
    }

    /**
     * Applies user-data changes a check offers: the site changes, and the form is filled from it again
     * (what the form has no field for, such as added stages, stays in the site behind it).
     */
    public void apply(List<io.edgesite.checks.SiteFix> fixes, List<String> detectedNics) {
        Site site = site().site();
        for (io.edgesite.checks.SiteFix f : fixes) {
            site = f.apply().apply(site);
        }
        load(site, detectedNics);
    }

    /** The form filled from another site (the Write screen's own values kept): a host chosen from an inventory. */
    public void load(Site site, List<String> detectedNics) {
        java.util.Map<String, String> values = FormBinding.fromSite(site, detectedNics).values();
        form.values().forEach((k, v) -> {
            if (k.startsWith("write.") || k.equals(FormBinding.CA_CERT_FILES)) {
                values.put(k, v);
            }
        });
        if (!form.get(FormBinding.CA_CERT_FILES).isBlank()) {
            // the files' certificates are in the site now: keep them once, from the files
            values.put("registration.caCerts", form.get("registration.caCerts"));
        }
        base = site;
        form.replaceAll(values);
    }

    /** The review text: grouped settings are in the preview; warnings first. */
    public String reviewText() {
        FormBinding.Result r = site();
        StringBuilder b = new StringBuilder();
        List<Finding> findings = findings();
        // the checks in three lines at most: which failed, which warn, how many could not look (the checks screen
        // has the evidence and the remedies)
        for (io.edgesite.checks.Verdict v : List.of(io.edgesite.checks.Verdict.FAIL, io.edgesite.checks.Verdict.WARN)) {
            List<String> titles = checkResults.stream().filter(c -> c.verdict() == v).map(io.edgesite.checks.CheckResult::title)
                    .toList();
            if (!titles.isEmpty()) {
                b.append("CHECK ").append(v.word().toUpperCase(java.util.Locale.ROOT)).append("  ")
                        .append(String.join("; ", titles)).append('\n');
            }
        }
        long notRun = checkResults.stream().filter(c -> c.verdict() == io.edgesite.checks.Verdict.COULD_NOT_RUN).count();
        if (notRun > 0) {
            b.append("CHECK N/A  ").append(notRun).append(" check(s) could not run; the checks screen says why\n");
        }
        if (findings.isEmpty()) {
            b.append("No findings.\n");
        }
        for (Finding f : findings) {
            b.append(f.severity().word().toUpperCase(java.util.Locale.ROOT)).append("  ").append(f.path())
                    .append(": ").append(f.message()).append('\n');
        }
        b.append('\n').append(UserDataRenderer.render(r.site(), UserDataRenderer.Mode.REDACTED));
        return b.toString();
    }
}
