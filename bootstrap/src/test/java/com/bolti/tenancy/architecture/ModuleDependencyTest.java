package com.bolti.tenancy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hexagonal module rules, checked on the compiled classes. Every rule fails when its
 * subject matches no class, so a renamed package cannot make a rule pass by checking nothing.
 */
class ModuleDependencyTest {

    private static final String DOMAIN = "com.bolti.tenancy.domain..";
    private static final String APPLICATION = "com.bolti.tenancy.application..";
    private static final String PERSISTENCE = "com.bolti.tenancy.persistence..";
    private static final String REST = "com.bolti.tenancy.rest..";
    private static final String LOCAL = "com.bolti.tenancy.local..";
    private static final String BOOTSTRAP = "com.bolti.tenancy.bootstrap..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.bolti.tenancy");
    }

    @Test
    void domainDependsOnlyOnJava() {
        classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void applicationDependsOnlyOnDomain() {
        classes().that().resideInAPackage(APPLICATION)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, APPLICATION)
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void persistenceIgnoresOtherAdapters() {
        noClasses().that().resideInAPackage(PERSISTENCE)
                .should().dependOnClassesThat().resideInAnyPackage(REST, LOCAL)
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void restIgnoresOtherAdapters() {
        noClasses().that().resideInAPackage(REST)
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, LOCAL)
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void localModeIgnoresOtherAdapters() {
        noClasses().that().resideInAPackage(LOCAL)
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, REST)
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void nothingDependsOnBootstrap() {
        noClasses().that().resideInAPackage("com.bolti.tenancy..").and().resideOutsideOfPackage(BOOTSTRAP)
                .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
                .allowEmptyShould(false)
                .check(classes);
    }

    /** Keeps the rule above meaningful: a renamed bootstrap package would leave it nothing to find. */
    @Test
    void bootstrapPackageHasClasses() {
        assertThat(classes.that(JavaClass.Predicates.resideInAPackage(BOOTSTRAP))).isNotEmpty();
    }
}
