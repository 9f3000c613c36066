package org.tandem.api.report;

/**
 * An installed report renderer.
 *
 * @param id            its id ({@code tandem.report.id}), e.g. {@code tandem.html}
 * @param format        the format it writes ({@code tandem.report.format}), e.g. {@code html}
 * @param name          a short name for people
 * @param mediaType     the media type it writes, e.g. {@code text/html; charset=UTF-8}
 * @param extension     the file extension without the dot, e.g. {@code html}
 * @param version       its version ({@code tandem.report.version}, else its bundle's)
 * @param bundle        symbolic name of its bundle
 * @param bundleVersion its bundle's version
 * @since 1.0
 */
public record RendererInfo(String id, String format, String name, String mediaType, String extension, String version,
        String bundle, String bundleVersion) {

    /** {@code id@version}. */
    public String key() {
        return id + "@" + version;
    }

    /** {@code id@version (bundle bundleVersion)}, as provenance names it. */
    public String describe() {
        return key() + " (" + bundle + " " + bundleVersion + ")";
    }
}
