package vn.dvc.e2e;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The layering every service keeps (docs/architecture.md, "Shared code"), read from the compiled main classes of the
 * modules: nothing below a service's {@code rest} package uses it, its SQL is in its store, rows are read by column
 * name, and the counting rules use no framework.
 */
class ArchitectureTest {

    private static JavaClasses mainClassesOf(String module) {
        Path classes = Path.of("..", module, "target", "classes");
        assertThat(Files.isDirectory(classes)).as("%s is built", classes).isTrue();
        return new ClassFileImporter().importPath(classes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dossier", "kpi", "reporting", "payment"})
    void nothingBelowAServicesRestLayerUsesIt(String service) {
        String root = "vn.dvc." + service;
        noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".rest..")
                .should().dependOnClassesThat().resideInAPackage(root + ".rest..")
                .because("rest (resources and their DTOs) → application code → rules and store: the arrows run one way")
                .check(mainClassesOf(service + "-service"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dossier", "kpi", "reporting", "payment"})
    void aServicesSqlIsInItsStore(String service) {
        String root = "vn.dvc." + service;
        noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackages(root + ".store..", root + ".repository..")
                .should().dependOnClassesThat().haveFullyQualifiedName("vn.dvc.commons.jdbc.Jdbc")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().resideInAPackage("io.quarkus.hibernate.orm.panache..")
                .because("each service's SQL is in its store (or repository) package: the statements a table meets are in one place")
                .check(mainClassesOf(service + "-service"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dossier-service", "kpi-service", "reporting-service", "payment-service", "gateway", "service-commons"})
    void noServiceCodeEndsItsOwnProcess(String module) {
        noClasses().should().callMethod(Runtime.class, "halt", int.class)
                .orShould().callMethod(Runtime.class, "exit", int.class)
                .orShould().callMethod(System.class, "exit", int.class)
                .because("a production path never ends the JVM: the fault suite kills a process from outside, at a "
                        + "point the process only waits at when the suite armed it (FaultPoints)")
                .check(mainClassesOf(module));
    }

    @Test
    void aQueryRowIsReadByColumnNameNeverByPosition() {
        methods().that().arePublic().and().areDeclaredInClassesThat().resideInAPackage("vn.dvc.commons.jdbc..")
                .should(new ArchCondition<JavaMethod>("take or give no Object[] row") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        String signature = method.getReturnType().getName() + " " + method.getParameterTypes().stream()
                                .map(type -> type.getName()).toList();
                        if (signature.contains("Object[]") || signature.contains("[Ljava.lang.Object;")) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " reads rows by position: "
                                    + signature));
                        }
                    }
                })
                .because("a row read by position breaks silently when a column is added (docs/architecture.md, \"Shared code\")")
                .check(mainClassesOf("service-commons"));
    }

    @Test
    void theCountingRulesUseNoFramework() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "vn.dvc.rules..", "vn.dvc.contracts..",
                        "com.fasterxml.jackson.annotation..")
                .because("the rules decide from facts alone: no database, no web, no messaging, no CDI")
                .check(mainClassesOf("counting-rules"));
    }
}
