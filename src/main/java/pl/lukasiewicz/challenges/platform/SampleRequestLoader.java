package pl.lukasiewicz.challenges.platform;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import pl.lukasiewicz.challenges.lead.Lead;
import pl.lukasiewicz.challenges.lead.LeadIntake;

/**
 * On the local database only, and only while it holds no lead, feeds the bundled real
 * requests through the intake so that a newcomer sees classified leads at once. A service
 * pointed at a real database never loads them.
 */
@ApplicationScoped
public class SampleRequestLoader {

    private static final Logger LOG = Logger.getLogger(SampleRequestLoader.class);

    @ConfigProperty(name = ServiceMain.SAMPLE_DATA_PROPERTY)
    boolean enabled;

    @Inject
    LeadIntake intake;

    /**
     * Runs after the decision models are registered, which happens at default priority. All
     * samples go in one transaction: a start interrupted half-way leaves none, and the next
     * start loads them all.
     */
    @Transactional
    void loadWhenEmpty(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent started) {
        if (!enabled || Lead.count() > 0) {
            return;
        }
        int loaded = 0;
        for (SampleRequests.Sample sample : SampleRequests.all()) {
            intake.receive(sample.webFormJson(), "sample-data");
            loaded++;
        }
        LOG.infof("Loaded %d bundled sample requests into the empty local database", loaded);
    }
}
