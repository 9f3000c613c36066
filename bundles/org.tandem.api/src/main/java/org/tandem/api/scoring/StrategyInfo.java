package org.tandem.api.scoring;

/**
 * An installed scoring strategy.
 *
 * @param id            its id ({@code tandem.scoring.id})
 * @param version       its version ({@code tandem.scoring.version})
 * @param name          a short name
 * @param description   what it does; may be empty
 * @param bundle        symbolic name of its bundle
 * @param bundleVersion its bundle's version
 * @since 1.0
 */
public record StrategyInfo(String id, String version, String name, String description, String bundle,
        String bundleVersion) {

    /** {@code id@version}. */
    public String key() {
        return id + "@" + version;
    }
}
