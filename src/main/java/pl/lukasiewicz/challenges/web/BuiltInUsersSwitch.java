package pl.lukasiewicz.challenges.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses the built-in users of application.properties when they are switched off, as a real
 * deployment does once callers sign in through OpenID Connect: the user store is part of the
 * build, so this switch is what keeps its documented passwords from opening a real service.
 */
@ApplicationScoped
public class BuiltInUsersSwitch implements SecurityIdentityAugmentor {

    @ConfigProperty(name = "challenges.security.built-in-users", defaultValue = "true")
    boolean builtInUsers;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity,
            AuthenticationRequestContext context) {
        boolean fromBuiltInStore = !identity.isAnonymous()
                && identity.getCredential(TokenCredential.class) == null;
        if (fromBuiltInStore && !builtInUsers) {
            return Uni.createFrom().failure(new AuthenticationFailedException(
                    "The built-in users are switched off; sign in with a bearer token"));
        }
        return Uni.createFrom().item(identity);
    }
}
