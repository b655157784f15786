package io.edgesite.palette;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Palette's user-data, declared once: every key with its shape, default, allowed values, whether it is a
 * secret and where it stands. lint checks files against it, the renderer and the parser take key names from
 * it, and docs/user-data-keys.md is generated from it.
 */
public final class UserDataSchema {
    private static final Map<String, UserDataKey> BY_PATH = index();

    public static final UserDataKey MANAGEMENT_MODE = at("stylus.managementMode");
    public static final UserDataKey INSTALLATION_MODE = at("stylus.installationMode");
    public static final UserDataKey SITE = at("stylus.site");
    public static final UserDataKey ENDPOINT = at("stylus.site.paletteEndpoint");
    public static final UserDataKey TOKEN = at("stylus.site.edgeHostToken");
    public static final UserDataKey PROJECT_NAME = at("stylus.site.projectName");
    public static final UserDataKey PROJECT_UID = at("stylus.site.projectUid");
    public static final UserDataKey HOST_ID = at("stylus.site.name");
    public static final UserDataKey HOST_NAME = at("stylus.site.hostName");
    public static final UserDataKey PREFIX = at("stylus.site.prefix");
    public static final UserDataKey TAGS = at("stylus.site.tags");
    public static final UserDataKey REGISTRATION_URL = at("stylus.site.registrationURL");
    public static final UserDataKey DISABLE_AUTO_REGISTER = at("stylus.site.disableAutoRegister");
    public static final UserDataKey DEVICE_UID_PATHS = at("stylus.site.deviceUIDPaths");
    public static final UserDataKey INSECURE = at("stylus.site.insecureSkipVerify");
    public static final UserDataKey CA_CERTS = at("stylus.site.caCerts");
    public static final UserDataKey NTP_SERVERS = at("stylus.site.ntpServers");
    public static final UserDataKey NETWORK = at("stylus.site.network");
    public static final UserDataKey HTTP_PROXY = at("stylus.site.network.httpProxy");
    public static final UserDataKey HTTPS_PROXY = at("stylus.site.network.httpsProxy");
    public static final UserDataKey NO_PROXY = at("stylus.site.network.noProxy");
    public static final UserDataKey NAMESERVER = at("stylus.site.network.nameserver");
    public static final UserDataKey INTERFACES = at("stylus.site.network.interfaces");
    public static final UserDataKey INTERFACE_TYPE = at("stylus.site.network.interfaces.*.type");
    public static final UserDataKey INTERFACE_ADDRESS = at("stylus.site.network.interfaces.*.ipAddress");
    public static final UserDataKey INTERFACE_MASK = at("stylus.site.network.interfaces.*.mask");
    public static final UserDataKey INTERFACE_GATEWAY = at("stylus.site.network.interfaces.*.gateway");
    public static final UserDataKey INTERFACE_NAMESERVER = at("stylus.site.network.interfaces.*.nameserver");
    public static final UserDataKey VIP_SKIP = at("stylus.vip.skip");
    public static final UserDataKey INSTALL = at("install");
    public static final UserDataKey POWEROFF = at("install.poweroff");
    public static final UserDataKey REBOOT = at("install.reboot");
    public static final UserDataKey BIND_MOUNTS = at("install.bind_mounts");
    public static final UserDataKey GRUB_OPTIONS = at("install.grub_options");
    public static final UserDataKey EXTRA_CMDLINE = at("install.grub_options.extra_cmdline");
    public static final UserDataKey STAGES = at("stages");
    public static final UserDataKey STEP_NAME = at("stages.*[].name");
    public static final UserDataKey STEP_COMMANDS = at("stages.*[].commands");
    public static final UserDataKey STEP_FILES = at("stages.*[].files");
    public static final UserDataKey STEP_USERS = at("stages.*[].users");
    public static final UserDataKey USER_PASSWORD = at("stages.*[].users.*.passwd");
    public static final UserDataKey USER_GROUPS = at("stages.*[].users.*.groups");
    public static final UserDataKey USER_KEYS = at("stages.*[].users.*.ssh_authorized_keys");

    private UserDataSchema() {
    }

    private static Map<String, UserDataKey> index() {
        List<UserDataKey> all = new ArrayList<>(StylusKeys.all());
        all.addAll(InstallKeys.all());
        all.addAll(StepKeys.all());
        Map<String, UserDataKey> map = new LinkedHashMap<>();
        for (UserDataKey k : all) {
            if (map.put(k.path(), k) != null) {
                throw new IllegalStateException("declared twice: " + k.path());
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** Every key, in the order of the docs' tables. */
    public static List<UserDataKey> keys() {
        return List.copyOf(BY_PATH.values());
    }

    /** The key at a path pattern, or empty when the schema has none there. */
    public static Optional<UserDataKey> find(String pattern) {
        return Optional.ofNullable(BY_PATH.get(pattern));
    }

    private static UserDataKey at(String pattern) {
        UserDataKey k = BY_PATH.get(pattern);
        if (k == null) {
            throw new IllegalStateException("not in the schema: " + pattern);
        }
        return k;
    }

    /** The keys declared directly inside the mapping (or list item) at {@code pattern}. */
    public static List<UserDataKey> childrenOf(String pattern) {
        return Children.BY_PARENT.getOrDefault(pattern, List.of());
    }

    /** Each parent's keys, made once: lint and import ask for them at every mapping they read. */
    private static final class Children {
        static final Map<String, List<UserDataKey>> BY_PARENT = byParent();

        private static Map<String, List<UserDataKey>> byParent() {
            Map<String, List<UserDataKey>> out = new LinkedHashMap<>();
            BY_PATH.values().forEach(k -> out.computeIfAbsent(k.parent(), p -> new ArrayList<>()).add(k));
            out.replaceAll((p, keys) -> List.copyOf(keys));
            return Map.copyOf(out);
        }
    }

    /** Every key whose own name is {@code name}, wherever it sits: where a misplaced key belongs. */
    public static List<UserDataKey> named(String name) {
        return BY_PATH.values().stream().filter(k -> k.name().equals(name)).toList();
    }

    /** The stages the installer runs: the known ones and their .before and .after passes. */
    public static boolean isStage(String name) {
        String base = name.endsWith(".before") ? name.substring(0, name.length() - 7)
                : name.endsWith(".after") ? name.substring(0, name.length() - 6) : name;
        return StepKeys.STAGES.contains(base) || StepKeys.STAGES.contains(name);
    }

    /** The stage names the installer runs, without their .before and .after passes. */
    public static List<String> stages() {
        return StepKeys.STAGES;
    }
}
