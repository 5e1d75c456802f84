package dev.callsheet.intake;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * A body that is one JSON document, declared as {@code application/json} or {@code
 * application/*+json} with any charset (Radarr, Sonarr, Overseerr). Stored as sent.
 */
final class JsonFormat implements BodyFormat {

    @Override
    public Payload accept(String contentType, byte[] body) {
        if (contentType == null) {
            throw IntakeProblems.unsupportedType("the request has no Content-Type; send application/json");
        }
        if (!isJson(contentType)) {
            throw IntakeProblems.unsupportedType("Content-Type is " + contentType
                    + "; this endpoint accepts application/json (or application/*+json)");
        }
        JsonCheck.problemWith(body).ifPresent(problem -> {
            throw IntakeProblems.malformed(problem);
        });
        return new Payload(contentType, body);
    }

    private static boolean isJson(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return "application".equals(type.getType())
                    && ("json".equals(type.getSubtype()) || "json".equals(type.getSubtypeSuffix()));
        } catch (InvalidMediaTypeException notAMediaType) {
            return false;
        }
    }
}
