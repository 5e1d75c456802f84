package dev.callsheet.normalise;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLDecoder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of an {@code application/x-www-form-urlencoded} body, as Callsheet's download client
 * scripts send them ({@code curl --data-urlencode name=value}). Values are decoded as UTF-8 and, as
 * every text from a vendor body, cut to {@link VendorJson#MAX_TEXT} characters.
 *
 * @param values by field name, in the order sent
 */
public record FormFields(Map<String, String> values) {

    public FormFields {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * What is wrong with {@code body} as a form, or empty when it is one: {@code name=value} fields
     * joined by {@code &}, each name non-empty, nothing but printable ASCII (everything else must be
     * percent-encoded) and every {@code %} followed by two hex digits.
     */
    public static Optional<String> problemWith(byte[] body) {
        if (body.length == 0) {
            return Optional.of("body is empty; expected form fields (name=value&…)");
        }
        int fieldStart = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '&') {
                if (i == fieldStart || body[fieldStart] == '=') {
                    return Optional.of("the field at byte " + fieldStart + " has no name");
                }
                fieldStart = i + 1;
            } else if (body[i] < 0x21 || body[i] > 0x7E) {
                return Optional.of("byte " + i + " is not printable ASCII; form values must be percent-encoded");
            } else if (body[i] == '%' && !(i + 2 < body.length && isHex(body[i + 1]) && isHex(body[i + 2]))) {
                return Optional.of("the % at byte " + i + " is not followed by two hex digits");
            }
        }
        return Optional.empty();
    }

    /**
     * Decodes a form body.
     *
     * @throws UnparseableWebhook when it is not a well-formed form or names a field twice
     */
    public static FormFields read(byte[] body) throws UnparseableWebhook {
        Optional<String> problem = problemWith(body);
        if (problem.isPresent()) {
            throw new UnparseableWebhook("not a form body: " + problem.get());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : new String(body, US_ASCII).split("&")) {
            int equals = field.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? field : field.substring(0, equals), UTF_8);
            String value = equals < 0 ? "" : VendorJson.capped(URLDecoder.decode(field.substring(equals + 1), UTF_8));
            if (values.putIfAbsent(name, value) != null) {
                throw new UnparseableWebhook("the form names field '" + name + "' twice");
            }
        }
        return new FormFields(values);
    }

    /** The value of field {@code name}, or null when it is absent or blank. */
    public String text(String name) {
        return VendorJson.nonBlank(values.get(name));
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }
}
