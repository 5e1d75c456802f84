package dev.callsheet.intake;

import dev.callsheet.normalise.FormFields;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * A body of form fields, {@code application/x-www-form-urlencoded} (what Callsheet's download client
 * scripts post with {@code curl --data-urlencode}). Stored as sent.
 */
final class FormFormat implements BodyFormat {

    @Override
    public Payload accept(String contentType, byte[] body) {
        if (contentType == null) {
            throw IntakeProblems.unsupportedType(
                    "the request has no Content-Type; send application/x-www-form-urlencoded");
        }
        if (!isForm(contentType)) {
            throw IntakeProblems.unsupportedType("Content-Type is " + contentType
                    + "; this endpoint accepts application/x-www-form-urlencoded, as Callsheet's scripts send it");
        }
        FormFields.problemWith(body).ifPresent(problem -> {
            throw IntakeProblems.malformed(problem);
        });
        return new Payload(contentType, body);
    }

    private static boolean isForm(String contentType) {
        try {
            return MediaType.APPLICATION_FORM_URLENCODED.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException notAMediaType) {
            return false;
        }
    }
}
