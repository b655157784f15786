package io.edgesite.tui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.checks.host.HostFacts;
import io.edgesite.model.Site;
import io.edgesite.properties.SiteList;
import io.edgesite.properties.SiteProperties;
import io.edgesite.properties.SiteProperty;
import io.edgesite.validators.Finding;
import io.edgesite.validators.SiteValidator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every value a rule can report on has a field the operator can reach and fix, so no finding can block the
 * wizard without a way out.
 */
class EveryValueHasAFieldTest {
    /** Values no rule reports on, kept as they were read: they need no field. */
    static final Map<SiteProperty, String> WITHOUT_FIELD = Map.of(
            SiteProperties.USERS_STEP, "the name of the users step is kept as read; no rule judges it",
            SiteProperties.BIND_MOUNTS, "bind mounts are kept as read; no rule judges them");

    static Form formWithOneOfEach() {
        Form f = FormBinding.fromSite(Site.defaults(), List.of());
        for (SiteList l : SiteProperties.lists()) {
            f.set(l.countKey(), "1");
        }
        return f;
    }

    @Test
    void everyPropertyIsEditedByAFieldOnSomeScreen() {
        Form form = formWithOneOfEach();
        List<Screen> screens = WizardScreens.build(HostFacts.none());
        for (SiteProperty p : SiteProperties.all()) {
            if (WITHOUT_FIELD.containsKey(p)) {
                continue;
            }
            String key = p.at(0);
            assertThat(screens.stream().flatMap(s -> s.fields(form).stream()).anyMatch(f -> f.key().equals(key)))
                    .as("a field for " + key).isTrue();
        }
    }

    @Test
    void poweroffAndRebootBothOnCanBeFixedOnTheScreenThatShowsThem() {
        Form form = formWithOneOfEach();
        form.set(SiteProperties.POWEROFF.path(), "true");
        form.set(SiteProperties.REBOOT.path(), "true");
        Wizard wizard = new Wizard(WizardScreens.build(HostFacts.none()), form, Site.defaults(), p -> "", 0);
        List<Finding> errors = wizard.findings().stream().filter(Finding::isError)
                .filter(f -> f.rule().equals("install.poweroff-reboot")).toList();
        assertThat(errors).singleElement().satisfies(e -> {
            Screen screen = wizard.screens().stream().filter(s -> s.covers(e.path(), form)).findFirst().orElseThrow();
            assertThat(screen.fields(form)).anySatisfy(f -> {
                assertThat(f.owns(e.path())).isTrue();
                assertThat(f.isVisible(form)).isTrue();
            });
        });
        assertThat(SiteValidator.validate(wizard.site().site())).extracting(Finding::rule).contains("install.poweroff-reboot");
    }

    /**
     * Every field filled with values of the wrong kind, then with values that clash with each other: each
     * finding, on any path, has a visible field on a screen that edits that path or an entry under it.
     */
    @Test
    void everyFindingOfHostileAnswersHasAVisibleFieldToFixIt() {
        List<Screen> screens = WizardScreens.build(HostFacts.none());
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (String junk : List.of("x!", "999999", "-1", "10.0.0.0/33", "a,b,,c", " ")) {
          for (String mode : List.of("central", "local")) {
            Form form = formWithOneOfEach();
            for (Screen s : screens) {
                for (Field f : s.fields(form)) {
                    if (f.kind() == FieldKind.TEXT || f.kind() == FieldKind.LIST) {
                        form.set(f.key(), junk);
                    }
                }
            }
            form.set(SiteProperties.POWEROFF.path(), "true");
            form.set(SiteProperties.REBOOT.path(), "true");
            // the choices that hide fields, set after the junk so that the hidden fields keep theirs
            form.set(SiteProperties.MANAGEMENT_MODE.path(), mode);
            form.set(SiteProperties.OVERLAY.path(), String.valueOf(mode.equals("central")));
            form.set(SiteProperties.DEPLOYMENT_MODE.path(), mode.equals("central") ? "agent" : "appliance");
            Wizard wizard = new Wizard(screens, form, Site.defaults(), p -> "", 0);
            for (Finding finding : wizard.findings()) {
                seen.add(finding.rule());
                assertThat(screens.stream().flatMap(s -> s.fields(form).stream())
                        .filter(f -> f.isVisible(form))
                        .anyMatch(f -> f.owns(finding.path()) || f.key().startsWith(finding.path() + "[")
                                || f.key().startsWith(finding.path() + ".")))
                        .as("a visible field for %s (%s, %s, %s)", finding.path(), finding.rule(), junk, mode).isTrue();
            }
          }
        }
        // the hostile answers reach many rules, so the assertion above is not vacuous
        assertThat(seen).hasSizeGreaterThan(15).contains("install.poweroff-reboot");
    }

    @Test
    void everySettingACheckCanCiteIsNamedByItsFieldAndScreen() {
        Wizard wizard = new Wizard(WizardScreens.build(HostFacts.none()), formWithOneOfEach(), Site.defaults(), p -> "", 0);
        for (SiteProperty p : SiteProperties.all()) {
            if (!WITHOUT_FIELD.containsKey(p) && !p.path().contains("[]")) {
                assertThat(wizard.settingName(p.path())).as(p.path()).endsWith(" screen)").startsWith("\"" + p.label());
            }
        }
        for (SiteList l : SiteProperties.lists()) {
            assertThat(wizard.settingName(l.path())).as(l.path()).matches("the .+ screen");
        }
        io.edgesite.checks.CheckResult r = new io.edgesite.checks.CheckResult("x", "x", io.edgesite.checks.Verdict.FAIL,
                "", List.of(), "Change " + SiteProperties.POD_CIDR.path() + " or " + SiteProperties.NICS.path() + ".",
                List.of(SiteProperties.POD_CIDR.path(), SiteProperties.NICS.path()), null);
        assertThat(wizard.remedy(r)).isEqualTo("Change \"Pod CIDR\" (Cluster Config screen) or the Network screen.");
    }
}
