package io.edgesite.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.model.Site;
import io.edgesite.validators.SiteValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each example answers file renders to its golden user-data and cluster.json, byte for byte.
 * Run with {@code -Dgolden.update=true} to rewrite the golden files after a deliberate change.
 */
class GoldenTest {
    static final Path EXAMPLES = Path.of("../examples");
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<String> examples() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void answersRenderToTheGoldenUserData(String example) throws Exception {
        Site site = AnswersFormat.read(Files.readString(EXAMPLES.resolve(example)));
        assertThat(SiteValidator.hasErrors(SiteValidator.validate(site))).as("example must be valid").isFalse();
        String base = example.replace(".yaml", "");
        compare(GOLDEN.resolve(base + ".user-data"), UserDataRenderer.render(site));
        compare(GOLDEN.resolve(base + ".cluster.json"), ClusterDefinition.render(site));
    }

    private static void compare(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
