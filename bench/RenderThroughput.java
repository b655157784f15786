import io.edgesite.model.Site;
import io.edgesite.render.AnswersFormat;
import io.edgesite.render.FileSet;
import io.edgesite.render.UserDataRenderer;
import io.edgesite.validators.SiteValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** render's throughput for a fleet: 1,000 answers files read, validated, rendered and written (0600, atomic). */
public class RenderThroughput {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("edge-site-fleet");
        String template = Files.readString(Path.of("examples/static-multi-nic-overlay.yaml"));
        List<Path> answers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Path f = dir.resolve("site-" + i + ".yaml");
            // each site its own host ID and host name, as a fleet's answers would differ
            Files.writeString(f, template.replace("hostId: ", "hostId: s" + i + "-").replace("hostname: ", "hostname: s" + i + "-"));
            answers.add(f);
        }
        Path out = Files.createDirectories(dir.resolve("out"));
        run(answers.subList(0, 200), out); // warm-up
        long t0 = System.nanoTime();
        int errors = run(answers, out);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("| render, in one JVM | 1000 | %.2f s | %.0f files/s | %d with errors |%n", seconds, 1000 / seconds, errors);
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static int run(List<Path> answers, Path out) throws Exception {
        int errors = 0;
        for (Path f : answers) {
            Site site = AnswersFormat.read(Files.readString(f));
            if (SiteValidator.hasErrors(SiteValidator.validate(site))) {
                errors++;
                continue;
            }
            FileSet.write(out.resolve(f.getFileName().toString().replace(".yaml", ".user-data")),
                    UserDataRenderer.render(site));
        }
        return errors;
    }
}
