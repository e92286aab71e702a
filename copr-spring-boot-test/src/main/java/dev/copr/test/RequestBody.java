package dev.copr.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A request body as Copr's views read it: a JSON object, form fields, or multipart with the JSON in a
 * file part named {@code json} (python-copr's {@code FileRequest}) plus file parts, which are
 * measured and dropped as they stream in.
 *
 * @param json the parsed JSON document of the body or {@code json} part; null when there is none
 * @param input the fields the forms see
 * @param files the received file parts
 */
record RequestBody(@Nullable Object json, FormData input, List<ReceivedFile> files) {

    /** Largest JSON document or form the stub reads into memory. */
    private static final int MAX_IN_MEMORY = 16 * 1024 * 1024;

    static RequestBody empty() {
        return new RequestBody(null, FormData.empty(), List.of());
    }

    /** Reads the whole body; a body that breaks its content type's rules is a 400. */
    static RequestBody read(InputStream body, @Nullable String contentType) throws IOException {
        String header = contentType == null ? "" : contentType;
        String type = header.toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/form-data")) {
            String boundary = MultipartReader.parameters(header).get("boundary");
            if (boundary == null || boundary.isEmpty()) {
                throw CoprError.badRequest("multipart/form-data request without a boundary");
            }
            return multipart(new MultipartReader(body, boundary));
        }
        if (type.startsWith("application/json") || type.contains("+json")) {
            Object json = Json.readOrNull(readLimited(body, "JSON body"));
            return new RequestBody(json, json instanceof Map<?, ?> map ? FormData.of(map) : FormData.empty(), List.of());
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return new RequestBody(null, FormData.of(urlEncoded(new String(readLimited(body, "form body"),
                    StandardCharsets.UTF_8))), List.of());
        }
        body.transferTo(OutputStream.nullOutputStream());
        return empty();
    }

    private static RequestBody multipart(MultipartReader reader) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        Object jsonPart = null;
        List<ReceivedFile> files = new ArrayList<>();
        try {
            for (MultipartReader.Part part = reader.next(); part != null; part = reader.next()) {
                String filename = part.filename();
                if (filename == null) {
                    addField(fields, part.name(), new String(readLimited(part.body(), "form field"),
                            StandardCharsets.UTF_8));
                } else if ("json".equals(part.name())) {
                    jsonPart = Json.readOrNull(readLimited(part.body(), "json part"));
                } else {
                    files.add(measure(part, filename));
                }
            }
        } catch (MultipartReader.MalformedMultipartException e) {
            throw CoprError.badRequest(String.valueOf(e.getMessage()));
        }
        FormData input = jsonPart instanceof Map<?, ?> map ? FormData.of(map) : FormData.of(fields);
        return new RequestBody(jsonPart, input, List.copyOf(files));
    }

    private static ReceivedFile measure(MultipartReader.Part part, String filename) throws IOException {
        MessageDigest sha256 = sha256();
        long size;
        try (InputStream in = new DigestInputStream(part.body(), sha256)) {
            size = in.transferTo(OutputStream.nullOutputStream());
        }
        return new ReceivedFile(part.name(), filename, part.contentType(), size,
                HexFormat.of().formatHex(sha256.digest()));
    }

    private static byte[] readLimited(InputStream in, String what) throws IOException {
        byte[] bytes = in.readNBytes(MAX_IN_MEMORY + 1);
        if (bytes.length > MAX_IN_MEMORY) {
            throw new CoprError(413, what + " is larger than the stub reads into memory (" + MAX_IN_MEMORY + " bytes)");
        }
        return bytes;
    }

    /** Form fields of a query string or urlencoded body; a repeated name becomes a list. */
    static Map<String, Object> urlEncoded(@Nullable String text) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return fields;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            addField(fields, name, value);
        }
        return fields;
    }

    @SuppressWarnings("unchecked")
    private static void addField(Map<String, Object> fields, String name, String value) {
        Object previous = fields.get(name);
        if (previous == null) {
            fields.put(name, value);
        } else if (previous instanceof List<?> list) {
            ((List<Object>) list).add(value);
        } else {
            List<Object> values = new ArrayList<>();
            values.add(previous);
            values.add(value);
            fields.put(name, values);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
