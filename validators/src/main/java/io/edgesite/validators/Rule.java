package io.edgesite.validators;

import io.edgesite.model.Site;
import java.util.List;

/**
 * A group of related checks over a whole site; each finding names its own stable rule id. Cluster rules
 * stay silent for a site without cluster settings (a user-data file alone).
 */
interface Rule {
    List<Finding> check(Site site);
}
