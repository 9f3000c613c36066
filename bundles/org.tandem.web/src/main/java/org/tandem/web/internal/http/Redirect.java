package org.tandem.web.internal.http;

import jakarta.servlet.http.HttpServletResponse;

/** Post-redirect-get: a 303 See Other to a path of this site. */
public final class Redirect {

    private Redirect() {
    }

    public static void to(HttpServletResponse response, String path) {
        if (!path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("not a path of this site: " + path);
        }
        response.setStatus(303);
        response.setHeader("Location", path);
    }
}
