package io.edgesite.model;

/** Everything edge-site knows about one edge host and the cluster it is prepared for. */
public record Site(
        Registration registration,
        Host host,
        Network network,
        Cluster cluster,
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

    /** A new site with every default in place and nothing entered. */
    public static Site defaults() {
        return new Site(null, null, null, null, null, null);
    }

    public Site withRegistration(Registration r) {
        return new Site(r, host, network, cluster, install, passthrough);
    }

    public Site withHost(Host h) {
        return new Site(registration, h, network, cluster, install, passthrough);
    }

    public Site withNetwork(Network n) {
        return new Site(registration, host, n, cluster, install, passthrough);
    }

    public Site withCluster(Cluster c) {
        return new Site(registration, host, network, c, install, passthrough);
    }

    public Site withInstall(InstallOptions i) {
        return new Site(registration, host, network, cluster, i, passthrough);
    }

    public Site withPassthrough(Passthrough p) {
        return new Site(registration, host, network, cluster, install, p);
    }
}
