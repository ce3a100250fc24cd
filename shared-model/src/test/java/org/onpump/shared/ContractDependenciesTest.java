package org.onpump.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The contract stays usable by any producer, a hospital's integration engine included: no Spring in it. */
@AnalyzeClasses(packages = "org.onpump.shared", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractDependenciesTest {

  @ArchTest
  static final ArchRule contractHasNoSpring =
      noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..");
}
