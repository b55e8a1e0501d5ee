package pl.lukasiewicz.challenges.deadline;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static pl.lukasiewicz.challenges.web.Roles.CENTRAL_SALES;
import static pl.lukasiewicz.challenges.support.Users.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeadlineResourceTest {

    @Test
    void fifteenWorkingDaysFromMidDecemberSkipChristmasNewYearAndEpiphany() {
        as(CENTRAL_SALES).queryParam("received", "2025-12-15T10:00:00+01:00")
                .queryParam("kind", "15_WORKING_DAYS")
                .when().get("/deadlines")
                .then().statusCode(200)
                .body("dueBefore", startsWith("2026-01-13T00:00:00+01:00"))
                .body("remindFrom", startsWith("2026-01-08T00:00:00+01:00"));
    }

    @Test
    void sevenDaysEndingOnChristmasEveMoveToTheNextWorkingDay() {
        as(CENTRAL_SALES).queryParam("received", "2025-12-17T09:00:00+01:00")
                .queryParam("kind", "7_DAYS")
                .when().get("/deadlines")
                .then().statusCode(200)
                .body("dueBefore", startsWith("2025-12-30T00:00:00+01:00"));
    }

    @Test
    void anUnknownKindOrTimeIsRefusedWithTheParameterNamed() {
        as(CENTRAL_SALES).queryParam("received", "yesterday").queryParam("kind", "7_DAYS")
                .when().get("/deadlines")
                .then().statusCode(400).body("errors[0].field", equalTo("received"));
        as(CENTRAL_SALES).queryParam("received", "2025-12-17T09:00:00+01:00")
                .queryParam("kind", "soon")
                .when().get("/deadlines")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }
}
