package io.edgesite.palette;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KeysDocumentTest {
    private static final Path DOC = Path.of("../docs/user-data-keys.md");

    /** Run with -Dedge-site.regenerate=true to write the document after changing the schema. */
    @Test
    void theKeysDocumentIsTheSchema() throws Exception {
        String generated = KeysDocument.markdown();
        if (Boolean.getBoolean("edge-site.regenerate")) {
            Files.writeString(DOC, generated);
        }
        assertThat(Files.readString(DOC)).as("docs/user-data-keys.md differs from the schema; regenerate it with"
                + " ./mvnw -pl model test -Dedge-site.regenerate=true").isEqualTo(generated);
    }

    @Test
    void everyDeclaredKeyHasAShapeADescriptionAndASource() {
        assertThat(UserDataSchema.keys()).hasSizeGreaterThan(150).allSatisfy(k -> {
            assertThat(k.description()).isNotBlank();
            assertThat(k.source()).isNotBlank();
            assertThat(UserDataSchema.find(k.parent()).isPresent() || k.parent().isEmpty()
                    || k.parent().endsWith("[]") || k.parent().endsWith("*")).as(k.path()).isTrue();
        });
    }

    @Test
    void theSecretsAreTheTokenAndThePasswords() {
        assertThat(UserDataSchema.keys().stream().filter(UserDataKey::secret).map(UserDataKey::path))
                .contains("stylus.site.edgeHostToken", "stylus.registryCredentials.password",
                        "stylus.externalRegistries.registries[].password", "stages.*[].users.*.passwd",
                        "stylus.site.users.*.passwd");
    }
}
