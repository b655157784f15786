package io.edgesite.render;

import io.edgesite.model.Host;
import io.edgesite.model.Site;
import io.edgesite.model.User;
import io.edgesite.palette.NetworkdPreparation;
import io.edgesite.palette.Vmxnet3;
import io.edgesite.validators.OffloadNics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The initramfs steps edge-site writes itself, in order: the users, the VMXNET3 offload step, the
 * networkd files, and (agent mode) the docs' networkd preparation. Every other step is the user's own.
 */
final class GeneratedSteps {
    private GeneratedSteps() {
    }

    /** The names of the steps edge-site owns by name (the users step is owned by its place, first). */
    static Set<String> ownedNames() {
        Set<String> names = new LinkedHashSet<>();
        names.add(Vmxnet3.STEP_NAME);
        names.add(NetworkdFiles.STEP);
        NetworkdPreparation.steps().forEach(s -> names.add(s.name()));
        return names;
    }

    static List<Object> initramfs(Site site) {
        List<Object> steps = new ArrayList<>();
        Map<String, Object> users = usersStep(site.host());
        if (users != null) {
            steps.add(users);
        }
        Map<String, Object> offload = offloadStep(site);
        if (offload != null) {
            steps.add(offload);
        }
        Map<String, Object> networkd = NetworkdFiles.step(site);
        if (networkd != null) {
            steps.add(networkd);
        }
        if (site.host().prepareNetworkd()) {
            steps.addAll(preparation());
        }
        return steps;
    }

    static Map<String, Object> offloadStep(Site site) {
        List<String> nics = OffloadNics.of(site);
        if (nics.isEmpty()) {
            return null;
        }
        List<String> commands = new ArrayList<>();
        nics.forEach(nic -> commands.addAll(Vmxnet3.commands(nic)));
        return StepTrees.step(Vmxnet3.STEP_NAME, null, commands, null);
    }

    static List<Object> preparation() {
        List<Object> out = new ArrayList<>();
        for (NetworkdPreparation.Step s : NetworkdPreparation.steps()) {
            List<Map<String, Object>> files = new ArrayList<>();
            s.files().forEach(f -> files.add(StepTrees.file(f.path(), f.content())));
            out.add(StepTrees.step(s.name(), s.condition(), s.commands(), files));
        }
        return out;
    }

    static Map<String, Object> usersStep(Host host) {
        if (host.users().isEmpty()) {
            return null;
        }
        Map<String, Object> step = new LinkedHashMap<>();
        if (!host.usersStepName().isEmpty()) {
            step.put("name", host.usersStepName());
        }
        Map<String, Object> users = new LinkedHashMap<>();
        for (User u : host.users()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            if (!u.groups().isEmpty()) {
                entry.put("groups", new ArrayList<Object>(u.groups()));
            }
            if (!u.password().isEmpty()) {
                entry.put("passwd", u.password().reveal());
            }
            if (!u.sshAuthorizedKeys().isEmpty()) {
                entry.put("ssh_authorized_keys", new ArrayList<Object>(u.sshAuthorizedKeys()));
            }
            users.put(u.name(), entry);
        }
        step.put("users", users);
        return step;
    }
}
