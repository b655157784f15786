package io.edgesite.tui.wizard;

import io.edgesite.model.IpConfig;
import io.edgesite.model.Nic;
import io.edgesite.model.Site;
import io.edgesite.palette.OsUser;
import io.edgesite.properties.SiteList;
import io.edgesite.properties.SiteProperties;
import io.edgesite.render.AnswersFormat;
import io.edgesite.validators.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form is the answers file, flattened: each value of {@link SiteProperties} is text under its path
 * ({@code network.nics[0].address}), each list keeps its count, and the site is read back by the answers
 * reader itself, so the wizard and an answers file go through one path.
 */
final class FormBinding {
    static final String CONFIRM = confirm(0);
    static final String CA_CERT_FILES = SiteProperties.CA_CERTS.parent() + ".caCertFiles";

    private FormBinding() {
    }

    /** The form-only field where user {@code i}'s password is typed again. */
    static String confirm(int i) {
        return SiteProperties.USER_PASSWORD.at(i) + "Confirm";
    }

    /** The site built from the form, with the conversion problems (a number that is not one, a password typed twice differently). */
    public record Result(Site site, List<Finding> problems) {
    }

    /** The form for a site; NICs found on the host and not in the site are listed after its own. */
    public static Form fromSite(Site site, List<String> detectedNics) {
        Site s = site.hasCluster() ? site : site.withCluster(io.edgesite.model.Cluster.defaults());
        if (s.host().users().isEmpty()) {
            // The user every installer image has, ready for a password or key; left out again when its name is cleared.
            var h = s.host();
            s = s.withHost(new io.edgesite.model.Host(h.hostname(), h.deploymentMode(),
                    List.of(new io.edgesite.model.User(OsUser.NAME, null, OsUser.GROUPS, List.of())), h.usersStepName(),
                    h.ntpServers(), h.prepareNetworkd()));
        }
        List<Nic> nics = new ArrayList<>(s.network().nics());
        for (String name : detectedNics) {
            if (nics.stream().noneMatch(x -> x.name().equals(name))) {
                nics.add(new Nic(name, nics.isEmpty() ? IpConfig.dhcp() : IpConfig.none(), false));
            }
        }
        var n = s.network();
        s = s.withNetwork(new io.edgesite.model.Network(nics, n.bonds(), n.vlans(), n.bridges(), n.nameserver(), n.proxy()));
        Form f = new Form(FormText.flatten(AnswersFormat.completeTree(s)));
        for (int i = 0; i < s.host().users().size(); i++) {
            f.set(confirm(i), f.get(SiteProperties.USER_PASSWORD.at(i)));
        }
        f.set(CA_CERT_FILES, "");
        return f;
    }

    public static Result toSite(Form f, Site base, TextFiles files) {
        List<Finding> problems = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>(f.values());
        dropUnnamedUsers(values);
        Map<String, Object> tree = FormText.unflatten(values, problems);
        Map<String, Object> registration = FormText.mapAt(tree, SiteProperties.CA_CERTS.parent());
        registration.put(SiteProperties.CA_CERTS.key(), new ArrayList<Object>(CaCertificates.of(
                f.get(SiteProperties.CA_CERTS.path()), base.registration().caCerts(), f.get(CA_CERT_FILES), files, problems)));
        if (!base.passthrough().isEmpty()) {
            tree.put(AnswersFormat.USER_DATA_KEY, new LinkedHashMap<>(base.passthrough().tree()));
        }
        AnswersFormat.Tree read = AnswersFormat.readTree(tree);
        problems.addAll(read.problems());
        for (int i = 0; i < Group.size(f, SiteProperties.USERS.path()); i++) {
            if (!f.get(SiteProperties.USER_PASSWORD.at(i)).equals(f.get(confirm(i)))) {
                problems.add(Finding.error("form.password-mismatch", confirm(i), "the two passwords differ; type them again"));
            }
        }
        return new Result(read.site(), problems);
    }

    /** A user whose name is cleared is no user: the entry is left out rather than reported. */
    private static void dropUnnamedUsers(Map<String, String> values) {
        SiteList users = SiteProperties.USERS;
        int count = Group.size(new Form(values), users.path());
        int kept = 0;
        for (int i = 0; i < count; i++) {
            String prefix = users.at(i) + ".";
            boolean named = !values.getOrDefault(SiteProperties.USER_NAME.at(i), "").isBlank();
            Map<String, String> entry = new LinkedHashMap<>();
            values.entrySet().removeIf(e -> {
                if (e.getKey().startsWith(prefix)) {
                    entry.put(e.getKey().substring(prefix.length()), e.getValue());
                    return true;
                }
                return false;
            });
            if (named) {
                int at = kept++;
                entry.forEach((k, v) -> values.put(users.at(at) + "." + k, v));
            }
        }
        values.put(users.countKey(), Integer.toString(kept));
    }

}
