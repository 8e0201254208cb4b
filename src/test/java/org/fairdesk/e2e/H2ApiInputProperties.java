package org.fairdesk.e2e;

import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Random values in every JSON endpoint's members, on the embedded H2 database. */
class H2ApiInputProperties extends ApiInputScenario {

	@Property(tries = 400, edgeCases = EdgeCasesMode.MIXIN)
	void every_nasty_value_is_accepted_or_refused_with_a_4xx_that_stores_nothing(
			@ForAll("member") int which, @ForAll("nasty") String value) throws Exception {
		check(which, value);
	}
}
