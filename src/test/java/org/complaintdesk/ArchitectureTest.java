package org.complaintdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The layout rules of STYLE.md that a compiler does not check. */
@AnalyzeClasses(packages = "org.complaintdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule constructorInjectionOnly = noFields().should().beAnnotatedWith(Autowired.class)
            .because("dependencies are final constructor parameters");

    @ArchTest
    static final ArchRule noVagueNames = noClasses().should().haveSimpleNameEndingWith("ServiceImpl")
            .orShould().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .because("services are named after what they do");

    @ArchTest
    static final ArchRule delegatesAreNamedPackagePrivateComponents = classes().that().implement(JavaDelegate.class)
            .and().resideOutsideOfPackage("org.complaintdesk.process")
            .should().haveSimpleNameEndingWith("Delegate").andShould().beAnnotatedWith(Component.class)
            .andShould().notBePublic()
            .because("the models reach delegates by bean name only (camunda:delegateExpression); steps that only"
                    + " forward to one service method are beans built by process.Steps");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("org.complaintdesk.(*)..").should().beFreeOfCycles()
            .because("a feature may use the ones before it in the lifecycle, never the other way round as well");

    @ArchTest
    static final ArchRule sharedKernelDependsOnNoFeature = noClasses().that().resideInAPackage("org.complaintdesk.complaint..")
            .should().dependOnClassesThat().resideInAnyPackage("org.complaintdesk.intake..",
                    "org.complaintdesk.notification..", "org.complaintdesk.archive..")
            .because("every feature builds on the complaint, not the other way round");
}
