package io.edgesite.checks;

import io.edgesite.model.DeploymentMode;
import io.edgesite.model.Site;
import io.edgesite.checks.host.HostFacts;
import java.util.List;

/** Architecture, cores, memory and main disk against Palette's minimums (appliance and agent mode). */
final class HardwareChecks {
    /** MemTotal is what the kernel keeps after firmware and itself: an 8 GB machine shows about 7.6 GiB. */
    static final long EIGHT_GB = (long) (7.5 * (1L << 30));
    static final long FOUR_GB = (long) (3.75 * (1L << 30));
    static final long DISK_100_GB = 100_000_000_000L;
    static final long DISK_32_GB = 32_000_000_000L;

    private HardwareChecks() {
    }

    public static List<Check> all() {
        return List.of(new Architecture(), new Cores(), new Memory(), new MainDisk());
    }

    static boolean agent(Site site) {
        return site.host().deploymentMode() == DeploymentMode.AGENT;
    }

    /** amd64, or arm64 (verified on NVIDIA Jetson Orin only). */
    static final class Architecture implements Check {
        public String id() {
            return "hw.arch";
        }

        public String title() {
            return "CPU architecture";
        }

        public boolean appliesTo(Site site) {
            return true;
        }

        public CheckResult run(HostAccess host, Site site) {
            String arch = host.root().read("/proc/sys/kernel/arch").orElse(System.getProperty("os.arch", ""));
            List<String> evidence = List.of("kernel architecture: " + arch);
            if (arch.equals("x86_64") || arch.equals("amd64")) {
                return result(Verdict.PASS, "amd64", evidence, "");
            }
            if (arch.equals("aarch64") || arch.equals("arm64")) {
                String model = host.root().read("/proc/device-tree/model").orElse("").replace("\u0000", "");
                if (model.contains("Orin")) {
                    return result(Verdict.PASS, "arm64 (" + model + ")", List.of(evidence.get(0), "board: " + model), "");
                }
                return result(Verdict.WARN, "arm64 on a board Palette has not verified",
                        List.of(evidence.get(0), "board: " + (model.isEmpty() ? "unknown" : model)),
                        "Palette verifies arm64 on NVIDIA Jetson Orin only; test this board before production.");
            }
            return result(Verdict.FAIL, arch + " is not supported", evidence,
                    "Palette Edge runs on amd64 (Intel, AMD) and arm64 (NVIDIA Jetson Orin) hosts.");
        }
    }

    /** At least 2 CPU cores. */
    static final class Cores implements Check {
        public String id() {
            return "hw.cores";
        }

        public String title() {
            return "CPU cores";
        }

        public boolean appliesTo(Site site) {
            return true;
        }

        public CheckResult run(HostAccess host, Site site) {
            HostFacts facts = HostFacts.read(host.root());
            List<String> evidence = List.of("/proc/cpuinfo: " + facts.cores() + " processors, " + facts.cpuModel());
            if (facts.cores() >= 2) {
                return result(Verdict.PASS, facts.cores() + " cores", evidence, "");
            }
            return result(Verdict.FAIL, facts.cores() + " core; at least 2 are needed", evidence,
                    "Give the host (or the VM) at least 2 CPU cores.");
        }
    }

    /** At least 8 GB of memory (agent mode: 4 GB by one docs page, 8 GB by another). */
    static final class Memory implements Check {
        public String id() {
            return "hw.memory";
        }

        public String title() {
            return "Memory";
        }

        public boolean appliesTo(Site site) {
            return true;
        }

        public CheckResult run(HostAccess host, Site site) {
            long bytes = HostFacts.read(host.root()).memoryBytes();
            List<String> evidence = List.of("/proc/meminfo MemTotal: " + HostFacts.gib(bytes));
            if (bytes == 0) {
                return result(Verdict.COULD_NOT_RUN, "memory size unknown", List.of("/proc/meminfo has no MemTotal"), "");
            }
            if (bytes >= EIGHT_GB) {
                return result(Verdict.PASS, HostFacts.gib(bytes), evidence, "");
            }
            if (agent(site) && bytes >= FOUR_GB) {
                return result(Verdict.WARN, HostFacts.gib(bytes) + "; 8 GB is the general minimum", evidence,
                        "Agent mode may run in 4 GB, but Palette's general minimum is 8 GB; add memory for workloads.");
            }
            return result(Verdict.FAIL, HostFacts.gib(bytes) + "; at least 8 GB is needed", evidence,
                    "Give the host (or the VM) at least 8 GB of memory.");
        }
    }

    /** The largest disk: at least 100 GB and an SSD (agent mode: 32 GB at the least). */
    static final class MainDisk implements Check {
        public String id() {
            return "hw.disk";
        }

        public String title() {
            return "Main disk";
        }

        public boolean appliesTo(Site site) {
            return true;
        }

        public CheckResult run(HostAccess host, Site site) {
            List<HostFacts.Disk> disks = HostFacts.read(host.root()).disks().stream()
                    .filter(d -> d.bytes() > 0).toList();
            if (disks.isEmpty()) {
                return result(Verdict.COULD_NOT_RUN, "no disk found", List.of("/sys/block lists no disk"), "");
            }
            HostFacts.Disk main = disks.stream().max(java.util.Comparator.comparingLong(HostFacts.Disk::bytes)).get();
            List<String> evidence = disks.stream().map(d -> "/sys/block/" + d.name() + ": " + HostFacts.gib(d.bytes())
                    + (d.rotational() ? ", rotational" : ", non-rotational")).toList();
            String size = main.name() + " " + (main.bytes() / 1_000_000_000L) + " GB";
            long minimum = agent(site) ? DISK_32_GB : DISK_100_GB;
            if (main.bytes() < minimum) {
                return result(Verdict.FAIL, size + "; at least " + minimum / 1_000_000_000L + " GB is needed", evidence,
                        "Install on a disk of at least 100 GB.");
            }
            if (main.bytes() < DISK_100_GB) {
                return result(Verdict.WARN, size + "; 100 GB is the general minimum", evidence,
                        "Agent mode may fit in 32 GB, but images and logs grow; 100 GB is the general minimum.");
            }
            if (main.rotational()) {
                return result(Verdict.WARN, size + ", reported as rotational", evidence,
                        "Palette asks for an SSD. Virtual disks (virtio, VMware) often report rotational even on"
                                + " SSD storage: check the datastore, or mark the disk as SSD in the hypervisor.");
            }
            return result(Verdict.PASS, size + ", SSD", evidence, "");
        }
    }
}
