package org.tandem.api.spi.scoring;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of a {@link ScoringStrategy}, as a component property type:
 * {@code @ScoringStrategyProperties(id = "weighted", version = "1.0.0", name = "Weighted")} on the
 * component gives {@code tandem.scoring.id}, {@code tandem.scoring.version}, ...
 *
 * @since 1.0
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ScoringStrategyProperties {

    /** The property name prefix. */
    String PREFIX_ = "tandem.scoring.";

    /** The strategy's id, which models and configurations name. */
    String id();

    /** The strategy's semantic version; empty (the default): its bundle's version. The highest wins unless a configuration pins one. */
    String version() default "";

    /** A short name for people. */
    String name();

    /** What the strategy does, in a sentence. */
    String description() default "";
}
