package pl.lukasiewicz.challenges.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the test database once for every Quarkus test of the suite. */
@QuarkusTestResource(TestDatabase.class)
public final class UsesTestDatabase {
    private UsesTestDatabase() {
    }
}
