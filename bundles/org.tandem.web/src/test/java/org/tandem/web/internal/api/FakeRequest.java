package org.tandem.web.internal.api;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;

/** A request with a body and a content type, enough for the body readers. */
final class FakeRequest {

    private FakeRequest() {
    }

    static HttpServletRequest of(String contentType, byte[] body) {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        ServletInputStream in = new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }
        };
        return (HttpServletRequest) Proxy.newProxyInstance(FakeRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContentType" -> contentType;
                    case "getInputStream" -> in;
                    case "getContentLengthLong" -> (long) body.length;
                    case "getContentLength" -> body.length;
                    default -> null;
                });
    }

    static HttpServletRequest json(String body) {
        return of("application/json", body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
