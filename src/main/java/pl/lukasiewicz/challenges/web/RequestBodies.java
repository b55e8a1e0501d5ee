package pl.lukasiewicz.challenges.web;

import jakarta.ws.rs.core.MediaType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;

/**
 * Turns a request body's bytes into text by the charset its Content-Type declares (UTF-8 when
 * none), strictly: bytes that are not valid in that charset are refused, never replaced.
 */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static String text(byte[] body, MediaType type) {
        Charset charset = charsetOf(type);
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body == null ? new byte[0] : body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException(List.of(new FieldError("$", "BAD_ENCODING",
                    "The body is not valid " + charset.name() + " text; send UTF-8")));
        }
    }

    private static Charset charsetOf(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidRequestException(List.of(new FieldError("Content-Type",
                    "UNKNOWN_CHARSET", "The charset '" + name + "' is not known; send UTF-8")));
        }
    }
}
