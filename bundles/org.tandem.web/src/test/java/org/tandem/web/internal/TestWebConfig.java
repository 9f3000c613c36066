package org.tandem.web.internal;

import java.lang.annotation.Annotation;

/**
 * The web's settings for tests: a component property type implemented by hand, as DS would, with
 * the session length and the service wait chosen and the other settings small.
 */
@SuppressWarnings("all")
public record TestWebConfig(int sessionMinutes, long serviceWaitMillis) implements WebConfig {

    @Override
    public Class<? extends Annotation> annotationType() {
        return WebConfig.class;
    }

    @Override
    public boolean secureCookies() {
        return false;
    }

    @Override
    public int maxBodyBytes() {
        return 1024;
    }

    @Override
    public int maxUploadBytes() {
        return 1024;
    }

    @Override
    public int loginFailures() {
        return 5;
    }

    @Override
    public int loginWindowMinutes() {
        return 15;
    }

    @Override
    public String publicUrl() {
        return "";
    }
}
