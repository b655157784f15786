package io.edgesite.validators;

import io.edgesite.model.Site;
import java.util.List;

/** A group of related checks over a whole site; each finding names its own stable rule id. */
public interface Rule {
    /**
     * @param clusterKnown false when the site was read from a user-data file that carries no cluster
     *     settings (they live in Palette, not in user-data), so cluster rules have nothing to judge
     */
    List<Finding> check(Site site, boolean clusterKnown);
}
