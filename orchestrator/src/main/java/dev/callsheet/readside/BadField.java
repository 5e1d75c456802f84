package dev.callsheet.readside;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A {@code 400} problem about one field of a request's body or header, named in {@code field} and the detail. */
public final class BadField extends ErrorResponseException {

    private final String field;

    public BadField(String field, String why) {
        super(HttpStatus.BAD_REQUEST, problem(field, why), null);
        this.field = field;
    }

    public String field() {
        return field;
    }

    private static ProblemDetail problem(String field, String why) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + ": " + why);
        problem.setProperty("field", field);
        return problem;
    }
}
