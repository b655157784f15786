package io.edgesite.checks.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the machine is: CPU, cores, memory, disks and network cards, read from /proc and /sys. */
public record HostFacts(String cpuModel, String architecture, int cores, long memoryBytes, List<Disk> disks,
        List<NetworkCard> nics) {

    /** A block device that could hold the installation. */
    public record Disk(String name, long bytes, boolean rotational) {
    }

    /** A network card with its MAC address, link state and kernel driver. */
    public record NetworkCard(String name, String mac, String state, String driver) {
        public boolean vmxnet3() {
            return io.edgesite.palette.Vmxnet3.DRIVER.equals(driver);
        }
    }

    /** A host nothing is known of. */
    public static HostFacts none() {
        return new HostFacts("unknown", "unknown", 0, 0, List.of(), List.of());
    }

    public static HostFacts read(HostRoot root) {
        List<String> cpuinfo = root.read("/proc/cpuinfo").map(s -> s.lines().toList()).orElse(List.of());
        String model = cpuinfo.stream().filter(l -> l.startsWith("model name") || l.startsWith("Model"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        int cores = (int) cpuinfo.stream().filter(l -> l.startsWith("processor")).count();
        long memory = root.read("/proc/meminfo").flatMap(HostFacts::memTotal).orElse(0L);
        List<Disk> disks = new ArrayList<>();
        for (String dev : root.list("/sys/block")) {
            if (dev.startsWith("loop") || dev.startsWith("ram") || dev.startsWith("zram") || dev.startsWith("sr")) {
                continue;
            }
            long sectors = root.read("/sys/block/" + dev + "/size").flatMap(HostFacts::number).orElse(0L);
            boolean rotational = root.read("/sys/block/" + dev + "/queue/rotational").map("1"::equals).orElse(false);
            disks.add(new Disk(dev, sectors * 512, rotational));
        }
        List<NetworkCard> nics = new ArrayList<>();
        for (String nic : root.list("/sys/class/net")) {
            if (nic.equals("lo") || root.read("/sys/class/net/" + nic + "/device/uevent").isEmpty()
                    && root.linkName("/sys/class/net/" + nic + "/device/driver").isEmpty()) {
                continue; // virtual interfaces (bridges, veths, bonds) are not cards to configure
            }
            nics.add(new NetworkCard(nic,
                    root.read("/sys/class/net/" + nic + "/address").orElse(""),
                    root.read("/sys/class/net/" + nic + "/operstate").orElse("unknown"),
                    root.linkName("/sys/class/net/" + nic + "/device/driver").orElse("")));
        }
        String arch = System.getProperty("os.arch", "unknown");
        return new HostFacts(model, arch.equals("aarch64") ? "arm64" : arch.equals("amd64") ? "amd64" : arch,
                cores, memory, disks, nics);
    }

    private static Optional<Long> memTotal(String meminfo) {
        return meminfo.lines().filter(l -> l.startsWith("MemTotal:")).findFirst()
                .map(l -> l.replaceAll("[^0-9]", "")).flatMap(HostFacts::number).map(kb -> kb * 1024);
    }

    private static Optional<Long> number(String s) {
        try {
            return Optional.of(Long.parseLong(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** One line per fact, for the welcome screen. */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        out.add("CPU     " + cpuModel + " (" + architecture + "), " + cores + " cores");
        out.add("Memory  " + gib(memoryBytes));
        for (Disk d : disks) {
            out.add("Disk    " + d.name() + "  " + gib(d.bytes()) + (d.rotational() ? "  rotational" : "  SSD"));
        }
        for (NetworkCard n : nics) {
            out.add("NIC     " + n.name() + "  " + n.mac() + "  link " + n.state()
                    + (n.driver().isEmpty() ? "" : "  " + n.driver()));
        }
        return out;
    }

    /** Bytes as GiB with one decimal, without Formatter: it loads the locale data before the first frame. */
    public static String gib(long bytes) {
        long tenths = Math.round(bytes / (1024.0 * 1024 * 1024) * 10);
        return tenths / 10 + "." + tenths % 10 + " GiB";
    }
}
