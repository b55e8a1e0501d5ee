package pl.lukasiewicz.challenges.lead;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import pl.lukasiewicz.challenges.support.RowCounts;

/**
 * The public web form's guards. The test profile lets an address submit 3 times an hour and
 * exempts the suite's own address, 127.0.0.1; these tests call from 127.0.0.2.
 */
@QuarkusTest
class IntakeGuardTest {

    @Inject
    RowCounts rows;

    @Test
    void anAddressThatSubmitsTooOftenIsAskedToWaitWhileOthersAreNot() throws Exception {
        for (int i = 0; i < 3; i++) {
            from("127.0.0.2").contentType(ContentType.JSON).body("{}")
                    .when().post("/leads").then().statusCode(400);
        }

        from("127.0.0.2").contentType(ContentType.JSON).body("{}")
                .when().post("/leads").then().statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("TOO_MANY_SUBMISSIONS"))
                .header("Retry-After", notNullValue());
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/leads").then().statusCode(400);
    }

    @Test
    void aBodyLargerThanTheFormCanNeedIsRefusedBeforeItIsRead() {
        RowCounts.Snapshot before = rows.now();

        given().contentType(ContentType.JSON).body("{\"description\": \""
                        + "badania ".repeat(2 * 1024 * 1024 / 8) + "\"}")
                .when().post("/leads").then().statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("INTAKE_TOO_LARGE"));

        assertEquals(before, rows.now(), "nothing is stored");
    }

    private static RequestSpecification from(String address) throws UnknownHostException {
        InetAddress local = InetAddress.getByName(address);
        return given().config(RestAssuredConfig.config().httpClient(HttpClientConfig
                .httpClientConfig().setParam("http.route.local-address", local)));
    }
}
