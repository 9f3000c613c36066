package org.tandem.api.spi.report;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of a {@link ReportRenderer}, as a component property type:
 * {@code @ReportRendererProperties(id = "acme.html", format = "html", mediaType = "text/html; charset=UTF-8",
 * extension = "html", name = "ACME HTML")} gives {@code tandem.report.id}, {@code tandem.report.format}, ...
 *
 * @since 1.0
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ReportRendererProperties {

    /** The property name prefix. */
    String PREFIX_ = "tandem.report.";

    /**
     * The renderer's id, which configurations name to choose it, e.g. {@code acme.html}. The stock
     * renderers are {@code tandem.<format>}; a model uses them unless configured otherwise.
     */
    String id();

    /** The format's id, e.g. {@code html}; several renderers may share one. */
    String format();

    /** The media type written, e.g. {@code text/html; charset=UTF-8}. */
    String mediaType();

    /** The file extension without the dot, e.g. {@code html}. */
    String extension();

    /** A short name for people. */
    String name();

    /** The renderer's semantic version; empty (the default): its bundle's version. */
    String version() default "";

    /**
     * True when the renderer writes the same bytes for an equal {@link ReportInput} in the same
     * language (no clock, no randomness, nothing read from elsewhere): Tandem may then keep a report
     * it rendered and send it again while the input stays equal, instead of rendering it again.
     * False (the default): every report is rendered.
     *
     * @since 1.3
     */
    boolean repeatable() default false;
}
