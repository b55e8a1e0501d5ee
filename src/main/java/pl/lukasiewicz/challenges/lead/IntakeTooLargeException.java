package pl.lukasiewicz.challenges.lead;

import jakarta.ws.rs.WebApplicationException;
import pl.lukasiewicz.challenges.web.Problem;

/** A web-form body beyond the intake's cap, refused before anything is parsed or stored. */
public class IntakeTooLargeException extends WebApplicationException {

    public IntakeTooLargeException(long maxBodyBytes) {
        super(Problem.of(413, "INTAKE_TOO_LARGE", "The request is too large",
                "The web form takes at most " + maxBodyBytes + " bytes; its fields cannot"
                        + " fill more").toResponse());
    }
}
