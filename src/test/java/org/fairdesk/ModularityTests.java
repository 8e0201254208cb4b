package org.fairdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the module boundaries of DESIGN.md true and writes the module documentation under
 * target/spring-modulith-docs. Note: Spring Modulith 2.0.3's Documenter failed ("No signature found in source map") on
 * a method Javadoc containing an interval written with a square bracket; write such ranges in words. Its JSON reader
 * also fails ("Unable to parse") on a type's Javadoc ending in a quotation followed by a full stop.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(FairdeskApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}
}
