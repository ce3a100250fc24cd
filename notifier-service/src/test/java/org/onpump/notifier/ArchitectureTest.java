package org.onpump.notifier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries the layout promises, enforced: feature packages depend on each other without cycles. */
@AnalyzeClasses(packages = "org.onpump.notifier", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule featurePackagesAreFreeOfCycles =
      slices().matching("org.onpump.notifier.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule persistenceIsPlainJdbc =
      noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
          .because("the design asks for plain JDBC, not JPA");
}
