package io.edgesite.render;

import io.edgesite.model.Site;
import io.edgesite.properties.SiteList;
import io.edgesite.properties.SiteProperties;
import io.edgesite.properties.SiteProperty;
import io.edgesite.validators.TreePath;
import java.util.Optional;

/**
 * Where in a user-data file a site's value is written: a finding about {@code network.nics[1].address} is
 * about {@code stylus.site.network.interfaces.eth1.ipAddress}. Read off {@link SiteProperties}.
 */
final class UserDataSources {
    private UserDataSources() {
    }

    /** The user-data path of a model path, or the model path itself when the value has no user-data key. */
    static String of(String modelPath, Site site) {
        Optional<SiteProperty> property = SiteProperties.at(modelPath);
        if (property.isEmpty() || property.get().userData().isEmpty()) {
            return modelPath;
        }
        SiteProperty p = property.get();
        String concrete = p.path();
        String userData = p.userData();
        if (p.inList()) {
            int index = index(modelPath);
            concrete = p.at(index);
            if (userData.contains("*")) {
                String name = name(modelPath, index, site);
                if (name == null) {
                    return modelPath;
                }
                int star = userData.indexOf(".*");
                userData = TreePath.child(userData.substring(0, star), name) + userData.substring(star + 2);
            }
        }
        return modelPath.startsWith(concrete) ? userData + modelPath.substring(concrete.length()) : userData;
    }

    private static int index(String path) {
        int open = path.indexOf('[');
        return Integer.parseInt(path.substring(open + 1, path.indexOf(']', open)));
    }

    /** The name an entry has in user-data: an interface's name, a user's name; null when there is no such entry. */
    private static String name(String path, int i, Site site) {
        SiteList list = SiteProperties.listOf(path).orElse(null);
        var n = site.network();
        if (list == SiteProperties.USERS) {
            return i < site.host().users().size() ? site.host().users().get(i).name() : null;
        }
        if (list == SiteProperties.NICS) {
            return i < n.nics().size() ? n.nics().get(i).name() : null;
        }
        if (list == SiteProperties.BONDS) {
            return i < n.bonds().size() ? n.bonds().get(i).name() : null;
        }
        if (list == SiteProperties.VLANS) {
            return i < n.vlans().size() ? n.vlans().get(i).interfaceName() : null;
        }
        if (list == SiteProperties.BRIDGES) {
            return i < n.bridges().size() ? n.bridges().get(i).name() : null;
        }
        return null;
    }
}
