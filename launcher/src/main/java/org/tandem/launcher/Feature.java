package org.tandem.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One feature: an OSGi Feature Service 1.0 document from {@code features/<name>.json}.
 *
 * @param name           the file name without {@code .json}, as named in {@code etc/tandem.properties}
 * @param id             the feature's Maven id ({@code group:artifact:osgifeature:version})
 * @param bundles        the bundles, in document order
 * @param configurations configurations by PID ({@code pid} or {@code factoryPid~name})
 * @param source         the file it was read from
 */
public record Feature(String name, String id, List<FeatureBundle> bundles,
        Map<String, Map<String, Object>> configurations, Path source) {

    /**
     * A bundle of a feature.
     *
     * @param id         Maven id {@code group:artifact:version}
     * @param startOrder the start level it starts at (1 first); {@code start-order} in the document
     */
    public record FeatureBundle(String id, int startOrder) {

        /** The jar's path relative to {@code system/}: {@code artifact-version.jar}, as Eclipse's plugins/ folder. */
        public Path path() {
            String[] gav = id.split(":");
            return Path.of(gav[1] + "-" + gav[2] + ".jar");
        }
    }
}
