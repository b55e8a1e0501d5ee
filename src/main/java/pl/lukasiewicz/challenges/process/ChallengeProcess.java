package pl.lukasiewicz.challenges.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.kie.kogito.Model;
import org.kie.kogito.process.Process;
import org.kie.kogito.process.ProcessInstance;
import org.kie.kogito.process.ProcessInstanceReadMode;

/** The Kogito process "CRM – Proces wyzwań P+U" (processes/challenge-pu.bpmn). */
@ApplicationScoped
public class ChallengeProcess {

    public static final String PROCESS_ID = "challenge_pu";

    @Inject
    @Named(PROCESS_ID)
    Process<? extends Model> process;

    /**
     * Starts the process for a lead that came in one of the three ways (WEB_FORM, EMAIL,
     * SALES_LEAD) and returns the process instance id.
     */
    public String startFor(long leadId, String wayIn) {
        Model variables = process.createModel();
        variables.fromMap(Map.of("leadId", leadId, "wayIn", wayIn));
        ProcessInstance<? extends Model> instance = process.createInstance(variables);
        instance.start();
        return instance.id();
    }

    /**
     * The state of a process instance: ACTIVE, SUSPENDED or ERROR while it runs; ENDED once it
     * has finished, because Kogito's store keeps only instances that have not.
     *
     * <p>Read only: a mutable read connects the instance's work items to the process's one
     * shared work item manager and takes them out again when it is done, so a read beside a
     * signal to the same case (a deadline, a completed task) could leave that signal without
     * its work items ("Work Item ... does not exist").
     */
    public String stateOf(String processInstanceId) {
        return process.instances().findById(processInstanceId, ProcessInstanceReadMode.READ_ONLY)
                .map(instance -> ProcessState.of(instance.status()))
                .orElse("ENDED");
    }
}
