package io.edgesite.render;

import io.edgesite.model.Host;
import io.edgesite.model.IpConfig;
import io.edgesite.model.Network;
import io.edgesite.model.Nic;
import io.edgesite.model.Secret;
import io.edgesite.model.Site;
import io.edgesite.model.User;
import io.edgesite.palette.Vmxnet3;
import io.edgesite.validators.networkd.UnitFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds, among a file's initramfs steps, the ones edge-site writes (users, VMXNET3 offload, networkd files,
 * the agent-mode networkd preparation), in files it wrote or written by hand the same way, and takes them
 * into the site. A step is taken only when writing it again from the site gives the same step; the others
 * stay as written. A taken step leaves a marker holding its name, so it is written back in its place.
 */
final class StepReader {
    private final List<Object> steps;
    private Site site;

    private StepReader(Site site, List<Object> steps) {
        this.site = site;
        this.steps = steps;
    }

    /** The site with the steps it owns, and the document whose initramfs keeps only the others. */
    record Result(Site site, Map<String, Object> document, boolean usersStep) {
    }

    static Result read(Site site, Map<String, Object> document) {
        if (!(TreeValues.at(document, Trees.STAGES, "initramfs") instanceof List<?> list) || list.isEmpty()) {
            return new Result(site, document, false);
        }
        StepReader r = new StepReader(site, new ArrayList<>(list));
        boolean users = r.users();
        r.offload();
        r.networkd();
        return new Result(r.site, r.replaced(document), users);
    }

    private Map<String, Object> replaced(Map<String, Object> document) {
        dropLeadingMarkers();
        Map<String, Object> copy = new LinkedHashMap<>(document);
        Map<String, Object> stages = new LinkedHashMap<>(Trees.cast((Map<?, ?>) document.get(Trees.STAGES)));
        if (steps.isEmpty()) {
            stages.remove("initramfs");
        } else {
            stages.put("initramfs", steps);
        }
        if (stages.isEmpty()) {
            copy.remove(Trees.STAGES);
        } else {
            copy.put(Trees.STAGES, stages);
        }
        return copy;
    }

    /**
     * Markers at the head of the stage, in the order the steps are written, say nothing: the steps go there
     * anyway. Dropping them keeps answers files short.
     */
    private void dropLeadingMarkers() {
        List<String> order = new ArrayList<>();
        GeneratedSteps.initramfs(site).forEach(step -> order.add(Trees.nameOf(step)));
        int next = 0;
        while (!steps.isEmpty() && Trees.isMarker(steps.get(0))) {
            int at = order.indexOf(Trees.nameOf(steps.get(0)));
            if (at < next) {
                return;
            }
            next = at + 1;
            steps.remove(0);
        }
    }

    /** The first step, when it creates users the way edge-site writes them. */
    private boolean users() {
        if (!(steps.get(0) instanceof Map<?, ?> step) || !(step.get("users") instanceof Map<?, ?> users) || users.isEmpty()) {
            return false;
        }
        Object name = step.get("name");
        List<User> read = new ArrayList<>();
        for (Map.Entry<?, ?> e : users.entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?> u)) {
                return false;
            }
            List<String> groups = u.containsKey("groups") ? TreeValues.texts(u.get("groups")) : List.of();
            List<String> keys = u.containsKey("ssh_authorized_keys") ? TreeValues.texts(u.get("ssh_authorized_keys")) : List.of();
            String passwd = u.get("passwd") instanceof String s ? s : null;
            if (groups == null || keys == null || (u.containsKey("passwd") && passwd == null)) {
                return false;
            }
            read.add(new User(String.valueOf(e.getKey()), Secret.of(passwd), groups, keys));
        }
        Host h = site.host();
        Host candidate = new Host(h.hostname(), h.deploymentMode(), read, name instanceof String s ? s : "",
                h.ntpServers(), h.prepareNetworkd());
        if (!TreeValues.same(GeneratedSteps.usersStep(candidate), step)) {
            return false;
        }
        site = site.withHost(candidate);
        steps.remove(0);
        return true;
    }

    /** The VMXNET3 step: a pair of ethtool commands per NIC, in the order of the NICs. */
    private void offload() {
        int at = indexOf(Vmxnet3.STEP_NAME);
        if (at < 0 || !(((Map<?, ?>) steps.get(at)).get("commands") instanceof List<?> commands)
                || commands.size() % Vmxnet3.FEATURES.size() != 0) {
            return;
        }
        List<String> named = new ArrayList<>();
        for (int i = 0; i < commands.size(); i += Vmxnet3.FEATURES.size()) {
            String first = TreeValues.text(commands.get(i));
            String nic = first == null ? "" : first.replaceFirst("^ethtool --offload (\\S+) .*$", "$1");
            named.add(nic);
        }
        Network n = site.network();
        List<Nic> nics = new ArrayList<>();
        for (Nic nic : n.nics()) {
            nics.add(new Nic(nic.name(), nic.ip(), named.contains(nic.name()), nic.mtu()));
        }
        for (String name : named) {
            if (nics.stream().noneMatch(x -> x.name().equals(name))) {
                nics.add(new Nic(name, IpConfig.none(), true, 0)); // a NIC the network block leaves to DHCP
            }
        }
        Site candidate = site.withNetwork(new Network(nics, n.bonds(), n.vlans(), n.bridges(), n.nameserver(), n.proxy()));
        if (TreeValues.same(GeneratedSteps.offloadStep(candidate), steps.get(at))) {
            site = candidate;
            steps.set(at, Trees.marker(Vmxnet3.STEP_NAME));
        }
    }

    /** The networkd files and the agent-mode preparation, which decides which files there are. */
    private void networkd() {
        List<Integer> preparation = new ArrayList<>();
        List<Object> expected = GeneratedSteps.preparation();
        for (Object step : expected) {
            int at = indexOf(Trees.nameOf(step));
            if (at < 0 || !TreeValues.same(step, steps.get(at))) {
                preparation.clear();
                break;
            }
            preparation.add(at);
        }
        int filesAt = indexOf(NetworkdFiles.STEP);
        for (boolean prepared : preparation.isEmpty() ? List.of(false) : List.of(true, false)) {
            Optional<Site> candidate = withTopology(prepared, filesAt);
            if (candidate.isPresent()) {
                site = candidate.get();
                if (filesAt >= 0) {
                    steps.set(filesAt, Trees.marker(NetworkdFiles.STEP));
                }
                if (prepared) {
                    preparation.forEach(i -> steps.set(i, Trees.marker(Trees.nameOf(steps.get(i)))));
                }
                return;
            }
        }
    }

    private Optional<Site> withTopology(boolean prepared, int filesAt) {
        Host h = site.host();
        Site base = site.withHost(new Host(h.hostname(), h.deploymentMode(), h.users(), h.usersStepName(), h.ntpServers(),
                prepared));
        if (filesAt < 0) {
            return NetworkdFiles.step(base) == null ? Optional.of(base) : Optional.empty();
        }
        Map<?, ?> step = (Map<?, ?>) steps.get(filesAt);
        if (!(step.get("files") instanceof List<?> files)) {
            return Optional.empty();
        }
        List<UnitFile> units = new ArrayList<>();
        for (Object f : files) {
            String path = TreeValues.text(TreeValues.at(f, "path"));
            String content = TreeValues.text(TreeValues.at(f, "content"));
            if (path == null || content == null) {
                return Optional.empty();
            }
            units.add(UnitFile.parse(path, content));
        }
        Optional<Network> network = NetworkdTopology.read(units, base.network());
        if (network.isEmpty()) {
            return Optional.empty();
        }
        Site candidate = base.withNetwork(network.get());
        return TreeValues.same(NetworkdFiles.step(candidate), step) ? Optional.of(candidate) : Optional.empty();
    }

    private int indexOf(String name) {
        for (int i = 0; i < steps.size(); i++) {
            if (name != null && name.equals(Trees.nameOf(steps.get(i))) && steps.get(i) instanceof Map) {
                return i;
            }
        }
        return -1;
    }
}
