package io.edgesite.checks;

import io.edgesite.model.Site;
import java.util.function.UnaryOperator;

/** A remedy that is a change to the answers (and so to the user-data), applied after one confirmation. */
public record SiteFix(String description, UnaryOperator<Site> apply) {
}
