package dev.callsheet.normalise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The reference webhook bodies under {@code src/test/resources/payloads}, and inline ones. */
public final class Payloads {

    public static final WebhookOrigin ORIGIN = new WebhookOrigin("default", false);
    public static final WebhookOrigin FOUR_K_ORIGIN = new WebhookOrigin("4k", true);

    private Payloads() {}

    public static byte[] file(String name) {
        try (InputStream in = Payloads.class.getResourceAsStream("/payloads/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no reference payload " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A form body of {@code name=value} fields, each value URL-encoded as a script's curl does. */
    public static byte[] form(String... fields) {
        return Arrays.stream(fields)
                .map(field -> {
                    int equals = field.indexOf('=');
                    return field.substring(0, equals + 1)
                            + URLEncoder.encode(field.substring(equals + 1), StandardCharsets.UTF_8);
                })
                .collect(Collectors.joining("&"))
                .getBytes(StandardCharsets.US_ASCII);
    }
}
