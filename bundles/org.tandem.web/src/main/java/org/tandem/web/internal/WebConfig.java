package org.tandem.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The web application's settings: configuration PID {@code org.tandem.web} (e.g. {@code etc/org.tandem.web.cfg}). */
@ObjectClassDefinition(name = "Tandem web", description = "Sessions, limits and links of the web application")
public @interface WebConfig {

    String PID = "org.tandem.web";

    @AttributeDefinition(description = "How long a sign-in lasts, in minutes")
    int sessionMinutes() default 480;

    @AttributeDefinition(description = "Mark cookies Secure (only sent over HTTPS); set when a TLS proxy is in front")
    boolean secureCookies() default false;

    @AttributeDefinition(description = "The largest request body accepted, in bytes (uploads of bundles excepted)")
    int maxBodyBytes() default 1_048_576;

    @AttributeDefinition(description = "The largest bundle upload accepted, in bytes")
    int maxUploadBytes() default 50 * 1_048_576;

    @AttributeDefinition(description = "Failed sign-ins of one name from one address before it must wait")
    int loginFailures() default 5;

    @AttributeDefinition(description = "The window in which failed sign-ins count, in minutes")
    int loginWindowMinutes() default 15;

    @AttributeDefinition(description = "How long a request waits for a service (assessments, scoring, reports, "
            + "questionnaire, ...) whose bundle is being updated, in milliseconds, before it answers 503")
    long serviceWaitMillis() default 5000;

    @AttributeDefinition(description = "The address respondents reach Tandem at, for invitation links "
            + "(e.g. https://tandem.example.com); empty: the address of the request")
    String publicUrl() default "";
}
