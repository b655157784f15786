package io.edgesite.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.palette.UserDataSchema;
import io.edgesite.properties.SiteProperty.Kind;
import org.junit.jupiter.api.Test;

class SitePropertiesTest {
    @Test
    void pathsAreUniqueAndEachUserDataKeyIsInTheSchema() {
        assertThat(SiteProperties.all()).extracting(SiteProperty::path).doesNotHaveDuplicates();
        for (SiteProperty p : SiteProperties.all()) {
            if (!p.userData().isEmpty()) {
                // a schema key; inside a generated step, the step's index is any step's, and ".*" any entry's
                String key = p.userData().replaceAll("\\[\\d+]", "[]").replaceAll("\\.\\*$", "");
                java.util.List<String> places = new java.util.ArrayList<>(
                        UserDataSchema.keys().stream().map(k -> pattern(k.path())).toList());
                UserDataSchema.stages().forEach(stage -> places.add(pattern(UserDataSchema.STAGES.path() + "." + stage)));
                assertThat(places).as(p.path() + " -> " + p.userData()).anySatisfy(place -> assertThat(key).matches(place));
            }
        }
    }

    /** A schema path as a pattern: {@code *} stands for any one key. */
    static String pattern(String schemaPath) {
        return java.util.Arrays.stream(schemaPath.split("\\.")).map(s -> s.startsWith("*")
                ? "[^.\\[]+" + java.util.regex.Pattern.quote(s.substring(1)) : java.util.regex.Pattern.quote(s))
                .collect(java.util.stream.Collectors.joining("\\."));
    }

    @Test
    void choicesAreTheirEnumsWordsAndOnlyChoicesHaveThem() {
        assertThat(SiteProperties.MANAGEMENT_MODE.choices()).containsExactly("central", "local");
        for (SiteProperty p : SiteProperties.all()) {
            assertThat(p.choices().isEmpty()).as(p.path()).isEqualTo(p.kind() != Kind.CHOICE);
        }
    }

    @Test
    void aFindingsPathFindsItsProperty() {
        SiteProperty address = SiteProperties.of(SiteProperties.BONDS, SiteProperties.ADDRESSING.get(1));
        assertThat(address.path()).isEqualTo("network.bonds[].address");
        assertThat(address.at(2)).isEqualTo("network.bonds[2].address");
        assertThat(SiteProperties.at("network.bonds[2].address")).contains(address);
        assertThat(SiteProperties.at("cluster.overlay.cidr")).contains(SiteProperties.OVERLAY_CIDR);
        assertThat(SiteProperties.at("no.such.path")).isEmpty();
        assertThat(SiteProperties.listOf("network.vlans[0].id")).contains(SiteProperties.VLANS);
        assertThat(SiteProperties.NICS.at(3)).isEqualTo("network.nics[3]");
        assertThat(SiteProperties.OVERLAY_CIDR.key()).isEqualTo("cidr");
        assertThat(SiteProperties.OVERLAY_CIDR.parent()).isEqualTo("cluster.overlay");
    }
}
