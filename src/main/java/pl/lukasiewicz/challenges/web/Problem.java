package pl.lukasiewicz.challenges.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An error answer in the RFC 9457 "problem details" shape. {@code code} is stable for
 * programs; {@code errors} lists each bad field when there are any.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type, String title, int status, String code, String detail,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(typeFor(code), title, status, code, detail, List.of());
    }

    public static Problem invalidRequest(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? "One field is not acceptable: " + errors.get(0).field()
                : errors.size() + " fields are not acceptable";
        return new Problem(typeFor("INVALID_REQUEST"), "The request is not acceptable", 400,
                "INVALID_REQUEST", detail, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }

    public static String typeFor(String code) {
        return "urn:lukasiewicz:challenges:problem:" + code.toLowerCase().replace('_', '-');
    }
}
