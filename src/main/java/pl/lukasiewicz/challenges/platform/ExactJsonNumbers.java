package pl.lukasiewicz.challenges.platform;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON numbers with a fraction are read as exact decimals, never as binary floating point:
 * money and the decision log's inputs and outputs (stored as JSON) keep every digit.
 */
@Singleton
public class ExactJsonNumbers implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }
}
