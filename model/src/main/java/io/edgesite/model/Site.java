package io.edgesite.model;

/**
 * Everything edge-site knows about one edge host and the cluster it is prepared for. The cluster settings
 * are optional: a user-data file stands on its own ({@code hasCluster} false), since Palette takes the
 * cluster's VIP, overlay and profile when the cluster is created, not from the host.
 */
public record Site(
        Registration registration,
        Host host,
        Network network,
        Cluster cluster,
        boolean hasCluster,
        InstallOptions install,
        Passthrough passthrough) {

    public Site {
        registration = registration == null ? Registration.empty() : registration;
        host = host == null ? Host.empty() : host;
        network = network == null ? Network.empty() : network;
        cluster = cluster == null ? Cluster.defaults() : cluster;
        install = install == null ? InstallOptions.none() : install;
        passthrough = passthrough == null ? Passthrough.empty() : passthrough;
    }

    /** A site whose cluster settings are given when {@code cluster} is not null. */
    public Site(Registration registration, Host host, Network network, Cluster cluster, InstallOptions install,
            Passthrough passthrough) {
        this(registration, host, network, cluster, cluster != null, install, passthrough);
    }

    /** A new site with every default in place, the cluster's included, and nothing entered. */
    public static Site defaults() {
        return new Site(null, null, null, Cluster.defaults(), null, null);
    }

    public Site withRegistration(Registration r) {
        return new Site(r, host, network, cluster, hasCluster, install, passthrough);
    }

    public Site withHost(Host h) {
        return new Site(registration, h, network, cluster, hasCluster, install, passthrough);
    }

    public Site withNetwork(Network n) {
        return new Site(registration, host, n, cluster, hasCluster, install, passthrough);
    }

    /** The site with these cluster settings given. */
    public Site withCluster(Cluster c) {
        return new Site(registration, host, network, c, true, install, passthrough);
    }

    /** The site without cluster settings: user-data alone. */
    public Site withoutCluster() {
        return new Site(registration, host, network, null, false, install, passthrough);
    }

    public Site withInstall(InstallOptions i) {
        return new Site(registration, host, network, cluster, hasCluster, i, passthrough);
    }

    public Site withPassthrough(Passthrough p) {
        return new Site(registration, host, network, cluster, hasCluster, install, p);
    }
}
