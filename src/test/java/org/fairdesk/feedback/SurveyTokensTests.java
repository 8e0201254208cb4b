package org.fairdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Survey tokens are long, random and URL-safe; only their SHA-256 is kept. */
class SurveyTokensTests {

	private final SurveyTokens tokens = new SurveyTokens();

	@Test
	void aTokenCarries256RandomBitsInUrlSafeCharacters() {
		String token = tokens.generate();
		assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
		assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
		assertThat(SurveyTokens.isWellFormed(token)).isTrue();
	}

	@Test
	void tokensDoNotRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			assertThat(seen.add(tokens.generate())).isTrue();
		}
	}

	@Test
	void theStoredFormIsTheSha256InHex() {
		// FIPS 180-2's test vector for "abc".
		assertThat(SurveyTokens.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		String token = tokens.generate();
		assertThat(SurveyTokens.hash(token)).hasSize(64).matches("[0-9a-f]+").isEqualTo(SurveyTokens.hash(token))
			.isNotEqualTo(SurveyTokens.hash(tokens.generate()));
	}

	@Test
	void anythingThatIsNotATokenIsRecognisedWithoutTheDatabase() {
		String token = tokens.generate();
		assertThat(SurveyTokens.isWellFormed(token.substring(1))).isFalse();
		assertThat(SurveyTokens.isWellFormed(token + "A")).isFalse();
		assertThat(SurveyTokens.isWellFormed(token.substring(1) + "=")).isFalse();
		assertThat(SurveyTokens.isWellFormed(token.substring(1) + "/")).isFalse();
		assertThat(SurveyTokens.isWellFormed("")).isFalse();
		assertThat(SurveyTokens.isWellFormed("'; drop table survey; --")).isFalse();
	}
}
