package pl.lukasiewicz.challenges;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the modules apart: decisions know no cases, the web layer knows no business. */
class ModuleBoundariesTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("pl.lukasiewicz.challenges");

    @Test
    void decisionsDoNotReachIntoCasesProcessesOrStartUp() {
        noClasses().that().resideInAPackage("..challenges.decision..")
                .should().dependOnClassesThat().resideInAnyPackage("..challenges.lead..",
                        "..challenges.process..", "..challenges.platform..")
                .check(PRODUCT);
    }

    @Test
    void theWebLayerKnowsNoBusinessModule() {
        noClasses().that().resideInAPackage("..challenges.web..")
                .should().dependOnClassesThat().resideInAnyPackage("..challenges.lead..",
                        "..challenges.decision..", "..challenges.process..",
                        "..challenges.platform..")
                .check(PRODUCT);
    }

    @Test
    void classificationDoesNotStartProcesses() {
        noClasses().that().resideInAPackage("..lead.classification..")
                .should().dependOnClassesThat().resideInAPackage("..challenges.process..")
                .check(PRODUCT);
    }

    @Test
    void onlyStartUpCodeUsesThePlatformModule() {
        noClasses().that().resideOutsideOfPackage("..challenges.platform..")
                .should().dependOnClassesThat().resideInAPackage("..challenges.platform..")
                .check(PRODUCT);
    }

    @Test
    void theCaseRecordsKnowNothingOfTheEngineThatMovesThem() {
        noClasses().that().resideInAnyPackage("..challenges.challenge..",
                        "..challenges.attachment..")
                .should().dependOnClassesThat().resideInAnyPackage("..challenges.process..",
                        "..challenges.decision..", "org.kie..", "org.jbpm..")
                .check(PRODUCT);
    }

    @Test
    void keptFilesBelongToNoSingleKindOfOwner() {
        noClasses().that().resideInAPackage("..challenges.attachment..")
                .should().dependOnClassesThat().resideInAnyPackage("..challenges.lead..",
                        "..challenges.challenge..")
                .check(PRODUCT);
    }

    @Test
    void leadsAndMailUseTheProcessOnlyToStartItAndAskItsState() {
        noClasses().that().resideInAPackage("..challenges.lead..")
                .should().dependOnClassesThat(JavaClass.Predicates
                        .resideInAnyPackage("..challenges.process..", "..challenges.challenge..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.simpleName(
                                "ChallengeProcess"))))
                .check(PRODUCT);
    }
}
