package pl.lukasiewicz.challenges.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.kie.kogito.Model;
import org.kie.kogito.process.Process;
import org.kie.kogito.process.ProcessInstance;

/** The Kogito process that carries a lead from its arrival through verification. */
@ApplicationScoped
public class LeadQualification {

    public static final String PROCESS_ID = "lead_qualification";

    @Inject
    @Named(PROCESS_ID)
    Process<? extends Model> process;

    /** Starts a process instance for the lead and returns its id. */
    public String startFor(long leadId, String suggestedClass) {
        Model variables = process.createModel();
        variables.fromMap(Map.of("leadId", leadId, "suggestedClass", suggestedClass));
        ProcessInstance<? extends Model> instance = process.createInstance(variables);
        instance.start();
        return instance.id();
    }

    /**
     * The state of a process instance: ACTIVE, SUSPENDED or ERROR while it runs; ENDED once it
     * has finished, because Kogito's store keeps only instances that have not.
     */
    public String stateOf(String processInstanceId) {
        return process.instances().findById(processInstanceId)
                .map(instance -> ProcessState.of(instance.status()))
                .orElse("ENDED");
    }
}
