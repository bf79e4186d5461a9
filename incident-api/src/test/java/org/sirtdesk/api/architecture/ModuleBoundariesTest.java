package org.sirtdesk.api.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.config.ConfigurerModule;
import org.junit.jupiter.api.Test;

/** Boundaries between the modules (STYLE.md, "Tests"). */
class ModuleBoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sirtdesk");

    @Test
    void outsideTheCoreOnlyTheApiPackagesOfTheCoreAreUsed() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.sirtdesk.core..")
                .should()
                .dependOnClassesThat(resideInAnyPackage("org.sirtdesk.core..domain..", "org.sirtdesk.core..process..")
                        .and(not(assignableTo(ConfigurerModule.class))))
                .because("the aggregates are the core's own business; the application only registers the"
                        + " core's Axon configurer modules")
                .check(CLASSES);
    }

    @Test
    void projectionsDoNotDependOnTheWebLayer() {
        noClasses()
                .that()
                .resideInAPackage("org.sirtdesk.projections..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.sirtdesk.api..")
                .check(CLASSES);
    }

    @Test
    void theCoreDependsOnNeitherProjectionsNorTheApplication() {
        noClasses()
                .that()
                .resideInAPackage("org.sirtdesk.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.sirtdesk.projections..", "org.sirtdesk.api..")
                .check(CLASSES);
    }

    @Test
    void webControllersDoNotTalkToTheDatabaseDirectly() {
        noClasses()
                .that()
                .resideInAPackage("org.sirtdesk.api.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(CLASSES);
    }
}
