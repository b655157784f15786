package io.edgesite.render;

import io.edgesite.model.Host;
import io.edgesite.model.Site;
import io.edgesite.model.User;
import io.edgesite.validators.OffloadNics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The install steps edge-site writes itself, all in the {@code initramfs} stage. */
final class StageSteps {
    static final String OFFLOAD_STEP = "Disable UDP segmentation";

    private StageSteps() {
    }

    static List<Object> initramfs(Site site) {
        List<Object> steps = new ArrayList<>();
        Map<String, Object> users = usersStep(site.host());
        if (users != null) {
            steps.add(users);
        }
        List<String> offload = OffloadNics.of(site);
        if (!offload.isEmpty()) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("name", OFFLOAD_STEP);
            List<Object> commands = new ArrayList<>();
            for (String nic : offload) {
                commands.add("ethtool --offload " + nic + " tx-udp_tnl-segmentation off");
                commands.add("ethtool --offload " + nic + " tx-udp_tnl-csum-segmentation off");
            }
            step.put("commands", commands);
            steps.add(step);
        }
        Map<String, Object> networkd = NetworkdFiles.step(site.network());
        if (networkd != null) {
            steps.add(networkd);
        }
        return steps;
    }

    private static Map<String, Object> usersStep(Host host) {
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
