package dev.callsheet.story;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;

/** Real webhook bodies grown to an exact size, still of their kind. */
final class AtSize {

    /** {@code callsheet.intake.max-body} when unset: 1MB, which Spring reads as 1 MiB. */
    static final int DEFAULT_MAX_BODY = 1024 * 1024;

    private AtSize() {}

    /** A JSON object with a string field {@code padding} put first, {@code size} bytes in all. */
    static byte[] json(byte[] object, int size) {
        String text = new String(object, UTF_8);
        int open = text.indexOf('{');
        String head = "\"padding\":\"";
        String tail = "\",";
        return exactly(
                size,
                text.substring(0, open + 1)
                        + head
                        + "x".repeat(size - object.length - head.length() - tail.length())
                        + tail
                        + text.substring(open + 1));
    }

    /** One JSON string of {@code size} bytes: well-formed, but no webhook. */
    static byte[] jsonString(int size) {
        return exactly(size, "\"" + "x".repeat(size - 2) + "\"");
    }

    /** A form with a field {@code padding} added at its end, {@code size} bytes in all. */
    static byte[] form(byte[] form, int size) {
        String field = "&padding=";
        return exactly(size, new String(form, UTF_8) + field + "x".repeat(size - form.length - field.length()));
    }

    /** A Plex multipart body of {@code size} bytes in all, its thumbnail taking the room the payload leaves. */
    static byte[] plex(byte[] payload, int size) {
        return PlexBodies.of(payload, size - payload.length - PlexBodies.overhead(payload));
    }

    /** The same body with its last byte replaced, so that it is no longer well-formed JSON or a form. */
    static byte[] broken(byte[] body) {
        byte[] broken = Arrays.copyOf(body, body.length);
        broken[broken.length - 1] = '%';
        return broken;
    }

    private static byte[] exactly(int size, String text) {
        byte[] bytes = text.getBytes(UTF_8);
        if (bytes.length != size) {
            throw new IllegalStateException("made " + bytes.length + " bytes, not " + size);
        }
        return bytes;
    }
}
