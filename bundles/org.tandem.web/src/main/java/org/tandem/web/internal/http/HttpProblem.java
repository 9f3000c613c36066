package org.tandem.web.internal.http;

/** A request that cannot be served as asked: its HTTP status, what was wrong and where (field, JSON path, header). */
public class HttpProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int status;
    private final String where;

    public HttpProblem(int status, String message, String where) {
        super(message);
        this.status = status;
        this.where = where;
    }

    public int status() {
        return status;
    }

    public String where() {
        return where;
    }
}
