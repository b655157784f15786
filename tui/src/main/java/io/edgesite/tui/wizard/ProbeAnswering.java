package io.edgesite.tui.wizard;

import io.edgesite.checks.ProbeResponder;
import io.edgesite.checks.SourcePolicy;
import io.edgesite.palette.Overlay;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The wizard's probe responder while its checks screen is shown: started again when it fails (the port
 * taken for a moment, the network restarted), with a status line that says what is true now.
 */
final class ProbeAnswering {
    static final Duration RETRY = Duration.ofSeconds(2);
    private final int port;
    private final String hostId;
    private final Supplier<SourcePolicy> policy;
    private volatile boolean running = true;
    private volatile String status;
    private ProbeResponder current;

    private ProbeAnswering(int port, String hostId, Supplier<SourcePolicy> policy) {
        this.port = port;
        this.hostId = hostId;
        this.policy = policy;
        this.status = "Starting to answer other hosts' probes on UDP " + port + ".";
    }

    static ProbeAnswering start(int port, String hostId, Supplier<SourcePolicy> policy) {
        ProbeAnswering a = new ProbeAnswering(port, hostId, policy);
        Thread t = new Thread(a::loop, "probe-responder");
        t.setDaemon(true);
        t.start();
        return a;
    }

    private void loop() {
        while (running) {
            try (ProbeResponder r = new ProbeResponder(port, Overlay.VXLAN_PORTS, hostId, policy, false)) {
                synchronized (this) {
                    current = r;
                }
                if (!running) {
                    return;
                }
                status = "Answering other hosts' probes on UDP " + r.port() + ".";
                r.serve(Duration.ZERO, line -> { });
            } catch (IOException | RuntimeException e) {
                if (!running) {
                    return;
                }
                status = "Not answering other hosts' probes: UDP " + port + ": " + e.getMessage() + "; trying again.";
            }
            if (running) {
                try {
                    Thread.sleep(RETRY.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    String status() {
        return status;
    }

    void stop() {
        running = false;
        synchronized (this) {
            if (current != null) {
                current.close();
            }
        }
    }
}
