package io.edgesite.palette;

import static io.edgesite.palette.Shape.ANY;
import static io.edgesite.palette.Shape.BOOLEAN;
import static io.edgesite.palette.Shape.INTEGER;
import static io.edgesite.palette.Shape.OBJECT;
import static io.edgesite.palette.Shape.OBJECT_LIST;
import static io.edgesite.palette.Shape.OBJECT_MAP;
import static io.edgesite.palette.Shape.TEXT;
import static io.edgesite.palette.Shape.TEXT_LIST;
import static io.edgesite.palette.Shape.TEXT_LIST_MAP;
import static io.edgesite.palette.Shape.TEXT_MAP;
import static io.edgesite.palette.Shape.UNSIGNED;

import java.util.List;

/**
 * The shape of one step of a stage, as yip (the Kairos stage runner) declares it. A value of the wrong
 * type anywhere in a file's stages makes yip drop every stage of that file, so these are checked as strictly
 * as the agent's own keys.
 */
final class StepKeys {
    static final String STEP = "stages.*[]";
    private static final String YIP = "yip stage schema (mudler/yip, pkg/schema)";

    private StepKeys() {
    }

    static List<UserDataKey> all() {
        KeyTable t = new KeyTable(YIP);
        t.key(STEP + ".name", TEXT, "Name of the step; steps named skip-copy-... are not kept on the host.");
        t.key(STEP + ".if", TEXT, "Shell test; the step runs only when it succeeds. One string, not a list.");
        t.key(STEP + ".commands", TEXT_LIST, "Shell commands, one per item.");
        t.key(STEP + ".files", OBJECT_LIST, "Files to write (before the commands run).");
        t.key(STEP + ".files[].path", TEXT, "Where the file goes.");
        t.key(STEP + ".files[].permissions", UNSIGNED, "Mode as an unquoted number: 0644 or 420. Left out, the mode is 000.");
        t.key(STEP + ".files[].owner", INTEGER, "Owner's user ID.").def("0");
        t.key(STEP + ".files[].group", INTEGER, "Group ID.").def("0");
        t.key(STEP + ".files[].content", TEXT, "The file's text (Go template markers {{ }} are expanded).");
        t.key(STEP + ".files[].encoding", TEXT, "How content is encoded: b64, gz, gz+b64; plain when left out.");
        t.key(STEP + ".files[].ownerstring", TEXT, "Owner by name, user or user:group; overrides owner and group.");
        t.key(STEP + ".directories", OBJECT_LIST, "Directories to create.");
        t.key(STEP + ".directories[].path", TEXT, "Directory path.");
        t.key(STEP + ".directories[].permissions", UNSIGNED, "Mode as an unquoted number.");
        t.key(STEP + ".directories[].owner", INTEGER, "Owner's user ID.");
        t.key(STEP + ".directories[].group", INTEGER, "Group ID.");
        t.key(STEP + ".downloads", OBJECT_LIST, "Files to download.");
        t.key(STEP + ".downloads[].path", TEXT, "Where the download goes.");
        t.key(STEP + ".downloads[].url", TEXT, "What to download.");
        t.key(STEP + ".downloads[].permissions", UNSIGNED, "Mode as an unquoted number.");
        t.key(STEP + ".downloads[].owner", INTEGER, "Owner's user ID.");
        t.key(STEP + ".downloads[].group", INTEGER, "Group ID.");
        t.key(STEP + ".downloads[].timeout", INTEGER, "Seconds the download may take.");
        t.key(STEP + ".downloads[].ownerstring", TEXT, "Owner by name.");
        t.key(STEP + ".users", OBJECT_MAP, "Users to create or change, by user name (best in initramfs).");
        t.key(STEP + ".users.*.name", TEXT, "User name (the key above wins).");
        t.key(STEP + ".users.*.passwd", TEXT, "Password; hashed unless it starts with '$'.").secret();
        t.key(STEP + ".users.*.groups", TEXT_LIST, "Groups to join (only groups that exist).");
        t.key(STEP + ".users.*.ssh_authorized_keys", TEXT_LIST, "SSH public keys of the user.");
        t.key(STEP + ".users.*.lock_passwd", BOOLEAN, "Locks password login.").def("false");
        t.key(STEP + ".users.*.gecos", TEXT, "Full name.");
        t.key(STEP + ".users.*.homedir", TEXT, "Home directory.");
        t.key(STEP + ".users.*.no_create_home", BOOLEAN, "Creates no home directory.");
        t.key(STEP + ".users.*.primary_group", TEXT, "Primary group.");
        t.key(STEP + ".users.*.no_user_group", BOOLEAN, "Creates no group of the user's name.");
        t.key(STEP + ".users.*.system", BOOLEAN, "A system user.");
        t.key(STEP + ".users.*.no_log_init", BOOLEAN, "Keeps the user out of the login records.");
        t.key(STEP + ".users.*.shell", TEXT, "Login shell.");
        t.key(STEP + ".users.*.uid", TEXT, "User ID.");
        t.key(STEP + ".authorized_keys", TEXT_LIST_MAP, "SSH keys to add, by user name.");
        t.key(STEP + ".dns", OBJECT, "resolv.conf to write.");
        t.key(STEP + ".dns.nameservers", TEXT_LIST, "DNS servers.");
        t.key(STEP + ".dns.search", TEXT_LIST, "Search domains.");
        t.key(STEP + ".dns.options", TEXT_LIST, "resolv.conf options.");
        t.key(STEP + ".dns.path", TEXT, "File to write instead of /etc/resolv.conf.");
        t.key(STEP + ".hostname", TEXT, "Host name to set.");
        t.key(STEP + ".sysctl", TEXT_MAP, "Kernel parameters.");
        t.key(STEP + ".modules", TEXT_LIST, "Kernel modules to load.");
        t.key(STEP + ".node", TEXT, "Runs only on hosts whose name matches this expression.");
        t.key(STEP + ".systemctl", OBJECT, "systemd units to enable, disable, start, mask or override.");
        t.key(STEP + ".systemctl.enable", TEXT_LIST, "Units to enable.");
        t.key(STEP + ".systemctl.disable", TEXT_LIST, "Units to disable.");
        t.key(STEP + ".systemctl.start", TEXT_LIST, "Units to start.");
        t.key(STEP + ".systemctl.mask", TEXT_LIST, "Units to mask.");
        t.key(STEP + ".systemctl.overrides", OBJECT_LIST, "Drop-in files for units.");
        t.key(STEP + ".systemctl.overrides[].service", TEXT, "Unit the drop-in is for.");
        t.key(STEP + ".systemctl.overrides[].name", TEXT, "Name of the drop-in file.");
        t.key(STEP + ".systemctl.overrides[].content", TEXT, "Text of the drop-in.");
        t.key(STEP + ".environment", TEXT_MAP, "Variables written to the environment file.");
        t.key(STEP + ".environment_file", TEXT, "Environment file to write instead of /etc/environment.");
        t.key(STEP + ".ensure_entities", OBJECT_LIST, "Users, groups or shadow entries to ensure.");
        t.key(STEP + ".ensure_entities[].path", TEXT, "File the entity belongs in.");
        t.key(STEP + ".ensure_entities[].entity", TEXT, "The entity, as YAML text.");
        t.key(STEP + ".delete_entities", OBJECT_LIST, "Users, groups or shadow entries to remove.");
        t.key(STEP + ".delete_entities[].path", TEXT, "File the entity is in.");
        t.key(STEP + ".delete_entities[].entity", TEXT, "The entity, as YAML text.");
        t.key(STEP + ".datasource", OBJECT, "Where to fetch more user-data from.");
        t.key(STEP + ".datasource.providers", TEXT_LIST, "Providers to ask: cdrom, config-drive, file, aws, ...");
        t.key(STEP + ".datasource.path", TEXT, "Where the fetched data goes.");
        t.key(STEP + ".datasource.userdata_name", TEXT, "File name of the fetched user-data.");
        t.key(STEP + ".layout", ANY, "Disk layout: partitions to add or grow.");
        t.key(STEP + ".timesyncd", TEXT_MAP, "systemd-timesyncd settings.");
        t.key(STEP + ".systemd_firstboot", TEXT_MAP, "systemd-firstboot settings.");
        t.key(STEP + ".git", OBJECT, "A git repository to clone.");
        t.key(STEP + ".git.url", TEXT, "Repository URL.");
        t.key(STEP + ".git.path", TEXT, "Where it is cloned.");
        t.key(STEP + ".git.branch", TEXT, "Branch.");
        t.key(STEP + ".git.branch_only", BOOLEAN, "Clones that branch only.");
        t.key(STEP + ".git.auth", OBJECT, "Credentials.");
        t.key(STEP + ".git.auth.username", TEXT, "User.");
        t.key(STEP + ".git.auth.password", TEXT, "Password.").secret();
        t.key(STEP + ".git.auth.private_key", TEXT, "Private key.").secret();
        t.key(STEP + ".git.auth.public_key", TEXT, "Public key.");
        t.key(STEP + ".git.auth.insecure", BOOLEAN, "Skips host key checks.");
        t.key(STEP + ".only_os", TEXT, "Runs only on operating systems whose name matches.");
        t.key(STEP + ".only_os_version", TEXT, "Runs only on OS versions that match.");
        t.key(STEP + ".only_arch", TEXT, "Runs only on matching architectures (amd64, arm64).");
        t.key(STEP + ".only_service_manager", TEXT, "Runs only under this service manager.").allowed("systemd", "openrc");
        t.key(STEP + ".if_files", TEXT_LIST_MAP, "Runs only when files exist: any, all or none of those listed.");
        t.key(STEP + ".after", OBJECT_LIST, "Steps this one waits for.");
        t.key(STEP + ".after[].name", TEXT, "Full name of the step waited for.");
        t.key(STEP + ".packages", OBJECT, "Packages to install or remove.");
        t.key(STEP + ".packages.install", TEXT_LIST, "Packages to install.");
        t.key(STEP + ".packages.remove", TEXT_LIST, "Packages to remove.");
        t.key(STEP + ".packages.refresh", BOOLEAN, "Refreshes the package lists first.");
        t.key(STEP + ".packages.upgrade", BOOLEAN, "Upgrades installed packages.");
        t.key(STEP + ".package_pins", TEXT_MAP, "Package versions to pin.");
        t.key(STEP + ".unpack_images", OBJECT_LIST, "Container images to unpack.");
        t.key(STEP + ".unpack_images[].source", TEXT, "Image.");
        t.key(STEP + ".unpack_images[].target", TEXT, "Where it is unpacked.");
        t.key(STEP + ".unpack_images[].platform", TEXT, "Platform of the image.");
        return t.build();
    }

    /** The stages Kairos runs; each also has a .before and an .after pass. */
    static final List<String> STAGES = List.of("rootfs", "initramfs", "boot", "fs", "network", "reconcile",
            "before-install", "after-install", "after-install-chroot", "before-upgrade", "after-upgrade",
            "after-upgrade-chroot", "before-reset", "after-reset", "after-reset-chroot", "kairos-install.pre",
            "kairos-install.after", "kairos-uki-install.pre", "kairos-uki-install.after", "kairos-uki-reset.pre",
            "kairos-uki-reset.after", "kairos-uki-upgrade.pre", "kairos-uki-upgrade.after");
}
