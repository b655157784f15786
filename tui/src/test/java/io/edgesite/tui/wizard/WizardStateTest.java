package io.edgesite.tui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.checks.host.HostFacts;
import io.edgesite.model.Site;
import io.edgesite.properties.SiteProperties;
import io.edgesite.validators.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wizard's state driven as the view drives it, without a terminal: set values, press actions, go on. */
class WizardStateTest {
    static Wizard wizard(Site site, List<String> nics) {
        return new Wizard(WizardScreens.build(HostFacts.none()), FormBinding.fromSite(site, nics), site, p -> "", 0);
    }

    static int screen(Wizard w, String id) {
        for (int i = 0; i < w.screens().size(); i++) {
            if (w.screens().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }

    static Field field(Wizard w, String key) {
        return w.screens().stream().flatMap(s -> s.fields(w.form()).stream()).filter(f -> f.key().equals(key))
                .findFirst().orElseThrow(() -> new AssertionError(key));
    }

    @Test
    void aNewFormHoldsTheDefaultUserAndTheDetectedNics() {
        Wizard w = wizard(Site.defaults(), List.of("ens192", "ens224"));
        Form f = w.form();
        assertThat(f.get(SiteProperties.USER_NAME.at(0))).isEqualTo("kairos");
        assertThat(f.get(SiteProperties.NIC_NAME.at(1))).isEqualTo("ens224");
        // the first NIC found takes DHCP; the others carry no address until told to
        assertThat(f.get(SiteProperties.of(SiteProperties.NICS, SiteProperties.ADDRESSING.get(0)).at(0))).isEqualTo("dhcp");
        assertThat(f.get(SiteProperties.of(SiteProperties.NICS, SiteProperties.ADDRESSING.get(0)).at(1))).isEqualTo("none");
    }

    @Test
    void theOverlayToggleSwapsTheVipForTheRangeAndKeepsBoth() {
        Wizard w = wizard(Site.defaults(), List.of());
        w.goTo(screen(w, "cluster"));
        Form f = w.form();
        f.set(SiteProperties.VIP.path(), "10.10.0.50");
        assertThat(field(w, SiteProperties.VIP.path()).isVisible(f)).isTrue();
        assertThat(field(w, SiteProperties.OVERLAY_CIDR.path()).isVisible(f)).isFalse();
        f.set(SiteProperties.OVERLAY.path(), "true");
        assertThat(field(w, SiteProperties.VIP.path()).isVisible(f)).isFalse();
        assertThat(field(w, SiteProperties.OVERLAY_CIDR.path()).isVisible(f)).isTrue();
        assertThat(field(w, "cluster.overlay.vip").derived().apply(f)).isEqualTo("100.64.192.1");
        f.set(SiteProperties.OVERLAY.path(), "false");
        assertThat(w.site().site().cluster().vip()).isEqualTo("10.10.0.50");
    }

    @Test
    void anErrorKeepsTheOperatorOnTheScreenAndPointsAtTheField() {
        Wizard w = wizard(Site.defaults(), List.of());
        w.goTo(screen(w, "cluster"));
        w.form().set(SiteProperties.VIP.path(), "10.10.0.50");
        w.form().set(SiteProperties.POD_CIDR.path(), "10.0.0.0/33");
        List<Finding> errors = w.next();
        assertThat(errors).extracting(Finding::path).contains(SiteProperties.POD_CIDR.path());
        assertThat(w.current().id()).isEqualTo("cluster");
        assertThat(w.firstFieldWithError().key()).isEqualTo(SiteProperties.POD_CIDR.path());
        w.form().set(SiteProperties.POD_CIDR.path(), "10.244.0.0/16");
        assertThat(w.next()).isEmpty();
        assertThat(w.current().id()).isEqualTo(WizardScreens.CHECKS);
        w.back();
        assertThat(w.current().id()).isEqualTo("cluster");
    }

    @Test
    void groupsAddAndRemoveEntriesAndTheFindingsFollowTheirIndex() {
        Wizard w = wizard(Site.defaults(), List.of("eth0", "eth1", "eth2"));
        Form f = w.form();
        Group bonds = (Group) w.screens().get(screen(w, "network")).items().stream()
                .filter(i -> i instanceof Group g && g.key().equals(SiteProperties.BONDS.path())).findFirst().orElseThrow();
        assertThat(bonds.add(f)).isEqualTo(SiteProperties.BOND_NAME.at(0));
        assertThat(bonds.add(f)).isEqualTo(SiteProperties.BOND_NAME.at(1));
        f.set(SiteProperties.BOND_NAME.at(0), "bond0");
        f.set(SiteProperties.BOND_NAME.at(1), "bond1");
        f.set(SiteProperties.BOND_MEMBERS.at(1), "eth9");
        // eth9 is no NIC of the host: the finding is at the member's own place
        assertThat(w.findings()).extracting(Finding::path).contains(SiteProperties.BOND_MEMBERS.at(1) + "[0]");
        bonds.remove(f, 0);
        assertThat(bonds.size(f)).isEqualTo(1);
        assertThat(f.get(SiteProperties.BOND_NAME.at(0))).isEqualTo("bond1");
        assertThat(w.findings()).extracting(Finding::path).contains(SiteProperties.BOND_MEMBERS.at(0) + "[0]")
                .noneMatch(p -> p.startsWith(SiteProperties.BONDS.at(1)));
    }

    @Test
    void passwordsTypedTwiceDifferentlyAreAProblemAtTheSecondField() {
        Wizard w = wizard(Site.defaults(), List.of());
        w.form().set(SiteProperties.USER_PASSWORD.at(0), "Correct-horse-1");
        w.form().set(FormBinding.confirm(0), "Correct-horse-2");
        assertThat(w.findings()).filteredOn(Finding::isError).extracting(Finding::path).contains(FormBinding.confirm(0));
        w.form().set(FormBinding.confirm(0), "Correct-horse-1");
        assertThat(w.findings()).extracting(Finding::path).doesNotContain(FormBinding.confirm(0));
        assertThat(w.site().site().host().users().get(0).password().reveal()).isEqualTo("Correct-horse-1");
    }

    @Test
    void aUserWhoseNameIsClearedIsLeftOutNotReported() {
        Wizard w = wizard(Site.defaults(), List.of());
        w.form().set(SiteProperties.USER_NAME.at(0), "");
        assertThat(w.site().site().host().users()).isEmpty();
        assertThat(w.findings()).extracting(Finding::path).noneMatch(p -> p.startsWith(SiteProperties.USERS.path()));
    }

    @Test
    void whatTheFormShowsGoesBackToTheSameSite() {
        Site site = wizard(Site.defaults(), List.of("eth0")).site().site();
        Wizard again = wizard(site, List.of());
        assertThat(again.site().site()).isEqualTo(site);
        assertThat(again.form().values()).isEqualTo(FormBinding.fromSite(site, List.of()).values());
    }
}
