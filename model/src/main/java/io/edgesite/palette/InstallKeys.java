package io.edgesite.palette;

import static io.edgesite.palette.Shape.BOOLEAN;
import static io.edgesite.palette.Shape.INTEGER;
import static io.edgesite.palette.Shape.OBJECT;
import static io.edgesite.palette.Shape.OBJECT_LIST;
import static io.edgesite.palette.Shape.STAGES;
import static io.edgesite.palette.Shape.TEXT;
import static io.edgesite.palette.Shape.TEXT_LIST;
import static io.edgesite.palette.Shape.TEXT_MAP;

import java.util.List;

/** The {@code install} block Kairos reads, and the top-level keys besides {@code stylus}. */
final class InstallKeys {
    private static final String KAIROS = "Kairos install configuration (kairos-sdk)";
    private static final String YIP_CLOUD_INIT = "yip cloud-init compatibility (only with #cloud-config)";

    private InstallKeys() {
    }

    static List<UserDataKey> all() {
        KeyTable t = new KeyTable(StylusKeys.REFERENCE + ", Install Parameters");
        t.key("install", OBJECT, "What the installer does: partitions, bind mounts, the end of the installation.");
        t.key("install.poweroff", BOOLEAN, "Powers the host off when the installation completes.").def("false");
        t.key("install.reboot", BOOLEAN, "Reboots the host when the installation completes (remove the installer first).")
                .def("false");
        t.key("install.bind_mounts", TEXT_LIST, "Folders bind-mounted from the installer environment into the host.");
        t.key("install.extra-dirs-rootfs", TEXT_LIST, "Folders created in the root file system and bind-mounted.");
        t.key("install.grub_options", TEXT_MAP, "GRUB settings of the installed system.");
        t.key("install.grub_options.extra_cmdline", TEXT, "Extra kernel command-line options, such as fips=1.");
        t.key("install.partitions", OBJECT, "Partitions of the installed system.");
        t.key("install.partitions.persistent", OBJECT, "The persistent partition.");
        t.key("install.partitions.persistent.size", INTEGER, "Size in MiB; 0 takes what is left.").def("0");
        t.key("install.partitions.persistent.fs", TEXT, "File system, such as ext4 (required when the block is given).");
        t.key("install.extra-partitions", OBJECT_LIST, "More partitions: name, size, fs, label.");
        t.key("install.extra-partitions[].name", TEXT, "Partition name.");
        t.key("install.extra-partitions[].size", INTEGER, "Size in MiB; 0 takes what is left.").def("0");
        t.key("install.extra-partitions[].fs", TEXT, "File system, such as ext4.");
        t.key("install.extra-partitions[].label", TEXT, "File-system label.");
        t.key("install.device", TEXT, "Disk to install to: auto, /dev/..., or script://...").kairos(KAIROS);
        t.key("install.auto", BOOLEAN, "Installs without asking.").kairos(KAIROS);
        t.key("install.no-format", BOOLEAN, "Installs without formatting the disk.").kairos(KAIROS);
        t.key("install.encrypted_partitions", TEXT_LIST, "Partitions to encrypt.").kairos(KAIROS);
        t.key("install.env", TEXT_LIST, "Environment of the installer.").kairos(KAIROS);
        t.key("install.ephemeral_mounts", TEXT_LIST, "Mounts kept in memory.").kairos(KAIROS);
        t.key("install.grub-entry-name", TEXT, "Name of the boot entry.").kairos(KAIROS);
        t.key("install.nousers", BOOLEAN, "Installs without the default users.").kairos(KAIROS);
        t.key("install.ssh_hardening", BOOLEAN, "Hardens the SSH configuration.").kairos(KAIROS);

        t.section(StylusKeys.REFERENCE + ", Cloud Init Stages");
        t.key("stages", STAGES, "Steps the installed system runs at each stage of its boot and life cycle.");

        t.key("name", TEXT, "Name of the file's configuration, shown in logs.").kairos("yip configuration");
        t.key("config_url", TEXT, "URL of more configuration to fetch and merge.").kairos("Kairos configuration");
        t.key("hostname", TEXT, "Host name, set in initramfs.").kairos(YIP_CLOUD_INIT);
        t.key("users", OBJECT_LIST, "cloud-init style users (name, passwd, groups, ssh_authorized_keys).")
                .kairos(YIP_CLOUD_INIT);
        t.key("ssh_authorized_keys", TEXT_LIST, "SSH keys for the cloud-init style users.").kairos(YIP_CLOUD_INIT);
        t.key("write_files", OBJECT_LIST, "cloud-init style files, written at boot.").kairos(YIP_CLOUD_INIT);
        t.key("runcmd", TEXT_LIST, "cloud-init style commands, run at boot.").kairos(YIP_CLOUD_INIT);
        t.key("growpart", OBJECT, "cloud-init style partition growth.").kairos(YIP_CLOUD_INIT);
        t.key("growpart.devices", TEXT_LIST, "Devices to grow.").kairos(YIP_CLOUD_INIT);
        return t.build();
    }
}
