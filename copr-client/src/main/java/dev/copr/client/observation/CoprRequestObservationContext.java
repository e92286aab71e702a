package dev.copr.client.observation;

import io.micrometer.observation.Observation;

/**
 * What an observation of one Copr request knows: the python-copr operation name, the HTTP method,
 * the path template, the URL, the status of the answer and the bytes of files uploaded.
 *
 * @since 0.1.0
 */
public final class CoprRequestObservationContext extends Observation.Context {

    private final String operation;
    private final String method;
    private final String pathTemplate;
    private final String url;
    private final long uploadBytes;
    private int status;

    /**
     * @param operation python-copr's name of the call, e.g. {@code build.create_from_url}
     * @param method the HTTP method
     * @param pathTemplate the path under {@code /api_3} with placeholders, e.g. {@code /build/{build_id}}
     * @param url the full URL requested (may name owners and projects: high cardinality)
     * @param uploadBytes bytes of files sent in a multipart body, 0 for none
     */
    public CoprRequestObservationContext(String operation, String method, String pathTemplate, String url,
                                         long uploadBytes) {
        this.operation = operation;
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.url = url;
        this.uploadBytes = uploadBytes;
    }

    /** python-copr's name of the call, e.g. {@code build.create_from_url}. */
    public String getOperation() {
        return operation;
    }

    /** The HTTP method. */
    public String getMethod() {
        return method;
    }

    /** The path under {@code /api_3} with placeholders. */
    public String getPathTemplate() {
        return pathTemplate;
    }

    /** The full URL requested. */
    public String getUrl() {
        return url;
    }

    /** Bytes of files sent in a multipart body; 0 for none. */
    public long getUploadBytes() {
        return uploadBytes;
    }

    /** The HTTP status of the answer; 0 while none arrived. */
    public int getStatus() {
        return status;
    }

    /** Records the HTTP status of the answer. */
    public void setStatus(int status) {
        this.status = status;
    }
}
