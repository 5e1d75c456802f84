package dev.callsheet.intake;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Plex's {@code multipart/form-data} body: its part {@code payload} holds the JSON and is what gets
 * stored, byte for byte, as {@code application/json}. The {@code thumb} part (a JPEG poster some
 * events carry) is dropped: nothing downstream uses it, and it would make most of each record.
 */
final class PlexFormat implements BodyFormat {

    static final String PAYLOAD_PART = "payload";

    @Override
    public Payload accept(String contentType, byte[] body) {
        String boundary = boundaryOf(contentType);
        byte[] payload = MultipartForm.part(body, boundary, PAYLOAD_PART)
                .orElseThrow(() -> IntakeProblems.malformed(
                        "the multipart body has no part named '" + PAYLOAD_PART + "'; Plex sends its JSON there"));
        JsonCheck.problemWith(payload).ifPresent(problem -> {
            throw IntakeProblems.malformed("part '" + PAYLOAD_PART + "': " + problem);
        });
        return new Payload(MediaType.APPLICATION_JSON_VALUE, payload);
    }

    private static String boundaryOf(String contentType) {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException notAMediaType) {
            type = null;
        }
        if (type == null || !MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(type)) {
            throw IntakeProblems.unsupportedType("Content-Type is " + (contentType == null ? "absent" : contentType)
                    + "; Plex webhooks are multipart/form-data");
        }
        String boundary = unquoted(type.getParameter("boundary"));
        if (boundary.isEmpty()) {
            throw IntakeProblems.malformed("Content-Type multipart/form-data has no boundary parameter");
        }
        return boundary;
    }

    private static String unquoted(String value) {
        if (value == null) {
            return "";
        }
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
